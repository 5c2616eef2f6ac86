#!/usr/bin/env node
// Entry point: registers the TypeScript loader, then runs the CLI from source (no build step).
// The parent at start, before the slow loading: a watcher behind npx checks it is still there
// (src/watch/parent.ts), and npx may already be gone by the time the command runs.
globalThis.attacheParentPid = process.ppid;
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
