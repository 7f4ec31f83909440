/**
 * `promptops/postgres`: the PostgreSQL store, for registries with several server replicas sharing one
 * database (`promptops serve --store postgres://…`). Needs the optional peer dependency `pg`
 * (node-postgres, v8): `npm install pg`.
 *
 * @example
 * ```ts
 * import { createPromptClient } from 'promptops';
 * import { postgresStore } from 'promptops/postgres';
 *
 * const prompts = createPromptClient({ store: postgresStore({ connectionString: process.env.DATABASE_URL }) });
 * ```
 * @module
 */
export type { PostgresStore, PostgresStoreOptions } from './stores/postgres.js';
export { migratePostgres, POSTGRES_SCHEMA_VERSION, postgresStore } from './stores/postgres.js';
