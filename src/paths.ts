// Where the project's data lives, found from this file's own place: src/paths.ts and, bundled, every
// file of dist/ sit one level below the root (scripts/build.mjs keeps that layout). Code that needs a
// folder of the project (data/, web/, corpus/) builds it from ROOT, never from its own place: in
// dist/ a module's own place is the chunk it was bundled into.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(ROOT, 'data');
