// Types of scripts/build-stamp.mjs for the TypeScript that imports it (bench/cli.ts).
export declare const STAMP_FILE: string;
export declare function sourceStamp(root: string): Record<string, string>;
export declare function staleReason(root: string): string | null;
