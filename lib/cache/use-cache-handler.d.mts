/** Types of use-cache-handler.mjs: Next's "use cache" handler interface. */
import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";
declare const handler: CacheHandler;
export default handler;
