// No import circle in src/ (issue 18): a module's dependencies can be read, tested and moved without
// the rest of its circle. The graph is read by scripts/import-graph.ts (the TypeScript parser over
// every source file: static, type-only and dynamic imports). The checker itself is tested on small
// trees written here, so a circle it cannot see would fail too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileCircles, runtimeImports } from '../scripts/import-graph.ts';
import { tempDir, ROOT } from './helpers.ts';

const SRC = join(ROOT, 'src');

test('src/ has no circle of run-time imports', () => {
  assert.deepEqual(fileCircles(SRC, true), []);
});

test('src/ has no import circle, type-only imports included', () => {
  assert.deepEqual(fileCircles(SRC), []);
});

/** A tree of files: path → source. */
function tree(files: Record<string, string>): string {
  const root = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('the checker finds circles of static, re-exported, dynamic and type-only imports', () => {
  const cases: Array<{ name: string; files: Record<string, string>; all: string[][]; runtime: string[][] }> = [
    {
      name: 'two files across folders',
      files: { 'a/x.ts': "import { y } from '../b/y.ts';\nexport const x = y;\n", 'b/y.ts': "import { x } from '../a/x.ts';\nexport const y = 1;\nvoid x;\n" },
      all: [['a/x.ts', 'b/y.ts']],
      runtime: [['a/x.ts', 'b/y.ts']],
    },
    {
      name: 'three files through a re-export and a dynamic import',
      files: {
        'p.ts': "export { q } from './q.ts';\n",
        'q.ts': "export const q = 1;\nexport const r = () => import('./r.ts');\n",
        'r.ts': "import { q } from './p.ts';\nexport const s = q;\n",
      },
      all: [['p.ts', 'q.ts', 'r.ts']],
      runtime: [['p.ts', 'q.ts', 'r.ts']],
    },
    {
      name: 'a circle closed by a type-only import',
      files: { 'm.ts': "import type { N } from './n.ts';\nexport interface M { n?: N }\n", 'n.ts': "import { make } from './m2.ts';\nexport type N = ReturnType<typeof make>;\n", 'm2.ts': "import type { M } from './m.ts';\nexport const make = (m: M) => m;\n" },
      all: [['m.ts', 'm2.ts', 'n.ts']],
      runtime: [],
    },
    {
      name: 'no circle: a chain, a package import, and an import in a comment',
      files: { 'a.ts': "import { b } from './b.ts';\nimport { sql } from 'kysely';\nexport const a = [b, sql];\n", 'b.ts': "// import { a } from './a.ts';\nexport const b = 2;\n" },
      all: [],
      runtime: [],
    },
  ];
  for (const c of cases) {
    const root = tree(c.files);
    assert.deepEqual(fileCircles(root), c.all, c.name);
    assert.deepEqual(fileCircles(root, true), c.runtime, `${c.name} (run time)`);
  }
});

test('the contact logic (src/contacts) is pure: no database, store, read queries or ingest at run time', () => {
  const DATABASE = /^(kysely|better-sqlite3|pg|pg-boss)$|^(store|read-model|ingest|server|cli)\//;
  const found = [...runtimeImports(SRC, 'contacts')].flatMap(([file, imports]) => imports.filter((i) => DATABASE.test(i)).map((i) => `${file} → ${i}`));
  assert.deepEqual(found, []);
  // The read model's shapes and cards are pure too; only its queries read the store.
  const model = [...runtimeImports(SRC, 'read-model')].filter(([file]) => file !== 'read-model/queries.ts');
  assert.ok(model.length >= 2);
  assert.deepEqual(model.flatMap(([file, imports]) => imports.filter((i) => DATABASE.test(i)).map((i) => `${file} → ${i}`)), []);
});
