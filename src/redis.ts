/**
 * `promptops/redis`: the Redis store, for fleets of processes sharing prompts. Needs the optional
 * peer dependency `ioredis` (v5): `npm install ioredis`.
 *
 * @example
 * ```ts
 * import { createPromptClient } from 'promptops';
 * import { redisStore } from 'promptops/redis';
 *
 * const prompts = createPromptClient({ store: redisStore({ url: process.env.REDIS_URL }) });
 * ```
 * @module
 */
export type { RedisStore, RedisStoreOptions } from './stores/redis.js';
export { redisStore } from './stores/redis.js';
