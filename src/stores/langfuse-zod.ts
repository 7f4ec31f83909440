/**
 * The zod/mini functions that `langfuseStore` checks Langfuse's answers with, as one object: the module
 * `langfuse.ts` imports with `import()` on its first answer. Named members, not zod/mini's namespace, so that
 * bundlers keep only these: `import('zod/mini')` keeps all of zod/mini (about 120 kB min+gzip for an app that
 * bundles `langfuseStore`, against about 40 kB with this module).
 * @module
 */
import { array, gt, int, literal, nullable, number, object, optional, string, union, unknown } from 'zod/mini';

/** zod/mini's functions used by `langfuseStore`. */
export const zodMini = { array, gt, int, literal, nullable, number, object, optional, string, union, unknown };
