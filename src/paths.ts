// Where the project's data lives, found from this file's own place: src/paths.ts and, compiled,
// dist/paths.js both sit one level below the root (scripts/build.mjs keeps that layout).
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(ROOT, 'data');
