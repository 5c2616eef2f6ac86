// zod, loaded on first use. Loading it costs more than the rest of a short `attache extract` put
// together (issue 19), and the data files it validates are read back from the data cache
// (data-cache.ts) on all but the first run after a change: a schema is only needed on a miss, or for
// input that is read fresh each time (--meta lines). Modules on the extract path build their schemas
// through `lazy(() => …zod()…)` and name their types with `import type { z } from 'zod'`.
// (The CommonJS build, as `require` is the only way to load a module synchronously; the HTTP server
// keeps its ordinary import: no schema passes between the two.)
import { createRequire } from 'node:module';
import type * as Zod from 'zod';

const require = createRequire(import.meta.url);
let loaded: typeof Zod.z | null = null;

/** The zod namespace (`z`), loaded the first time it is asked for. */
export function zod(): typeof Zod.z {
  return (loaded ??= (require('zod') as typeof Zod).z);
}

/** A value made the first time it is asked for, then kept: a schema built only when data is validated. */
export function lazy<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}
