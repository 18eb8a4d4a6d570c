/**
 * `npm run build`: `next build`, recorded so that the next `npm start` reuses it while the source,
 * lockfile and NODE_ENV stay the same (scripts/build-fingerprint.ts). Reads no database.
 */
import { buildAndRecord } from "./build-fingerprint";

buildAndRecord();
