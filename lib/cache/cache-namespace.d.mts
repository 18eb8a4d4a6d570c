/** Types of cache-namespace.mjs. */
export declare function cacheNamespace(): string | undefined;
export declare function setCacheNamespace(value: string | undefined): void;
