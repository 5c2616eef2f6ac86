// Types of scripts/code-cache.mjs for the TypeScript that imports it (src/data-cache.ts).
export declare function cacheDir(): string;
export declare function loadCached(file: string, stamp: string, command: string): { exports: Record<string, unknown>; save: () => void };
