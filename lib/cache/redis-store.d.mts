/** Types of redis-store.mjs (plain JavaScript, imported by Next at run time). */
export declare const TAGS_KEY: string;
export declare function cacheClock(): number;
export declare function sharedStore(): boolean;
export declare function entryKey(kind: string, key: string): string | undefined;
export declare function readEntry(key: string): Promise<unknown>;
export declare function writeEntry(key: string, value: unknown, ttlSeconds: number): Promise<void>;
export declare function latestInvalidation(tags: string[]): Promise<number>;
export declare function isInvalidatedSince(tags: string[], since: number): Promise<boolean>;
export declare function invalidateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
export declare function claimRender(key: string, ms: number): Promise<boolean>;
export declare function releaseRender(key: string): Promise<void>;
