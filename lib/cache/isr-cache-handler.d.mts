/** Types of isr-cache-handler.mjs: Next's route cache handler class. */
import type { CacheHandler } from "next/dist/server/lib/incremental-cache";
declare const RedisIsrCacheHandler: typeof CacheHandler;
export default RedisIsrCacheHandler;
