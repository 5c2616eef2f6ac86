// The import graph of src/ and its circles (issue 18: no import circle remains). Every relative
// import of a .ts file counts: static imports and re-exports (type-only ones marked as such) and
// dynamic import() calls, read with the TypeScript parser, not regular expressions, so a commented-out
// import is no edge and a multi-line one is one. Circles are the strongly connected components of more
// than one file (Tarjan), and a file that imports itself. Used by test/import-circles.test.ts;
// `node --import tsx scripts/import-graph.ts` prints the circles of files and of folders.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface Edge {
  to: string;
  /** `import type` / `export type`: erased at run time. */
  typeOnly: boolean;
}

/** Every .ts source file under `root` (tests and declaration files left out), absolute paths. */
export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

function target(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const c of [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

/** Every import of one file: its specifier, whether type-only, and the file it names (null for a package). */
function importsOf(file: string): Array<{ spec: string; typeOnly: boolean; to: string | null }> {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: Array<{ spec: string; typeOnly: boolean; to: string | null }> = [];
  const visit = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(n) ? !!n.importClause?.isTypeOnly : n.isTypeOnly;
      out.push({ spec: n.moduleSpecifier.text, typeOnly, to: target(file, n.moduleSpecifier.text) });
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) {
      out.push({ spec: n.arguments[0].text, typeOnly: false, to: target(file, n.arguments[0].text) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Each file's imports of other files of the tree. */
export function importGraph(root: string): Map<string, Edge[]> {
  return new Map(sourceFiles(root).map((f) => [f, importsOf(f).flatMap((i) => (i.to ? [{ to: i.to, typeOnly: i.typeOnly }] : []))]));
}

/**
 * What the files of one folder of the tree import at run time (type-only imports left out): other
 * files as paths relative to the root, packages by name.
 */
export function runtimeImports(root: string, folder: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of sourceFiles(join(root, folder))) {
    out.set(relative(root, f), importsOf(f).filter((i) => !i.typeOnly).map((i) => (i.to ? relative(root, i.to) : i.spec)));
  }
  return out;
}

/** The circles of a graph (nodes → neighbours): components of 2+ nodes, or a node with an edge to itself; sorted. */
export function circles(graph: Map<string, Iterable<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || [...(graph.get(v) ?? [])].includes(v)) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

/** File circles of the tree at `root` (paths relative to it); `runtime`: type-only imports left out. */
export function fileCircles(root: string, runtime = false): string[][] {
  const graph = new Map([...importGraph(root)].map(([f, edges]) => [f, edges.filter((e) => !runtime || !e.typeOnly).map((e) => e.to)]));
  return circles(graph).map((c) => c.map((f) => relative(root, f)));
}

/** Folder circles (a file at the root is in folder "."): folders that import each other, through any files. */
export function folderCircles(root: string): string[][] {
  const folder = (f: string) => {
    const parts = relative(root, f).split(sep);
    return parts.length > 1 ? parts[0] : '.';
  };
  const graph = new Map<string, Set<string>>();
  for (const [f, edges] of importGraph(root)) {
    const from = folder(f);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const e of edges) if (folder(e.to) !== from) graph.get(from)!.add(folder(e.to));
  }
  return circles(graph);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const root = resolve(process.argv[2] ?? join(dirname(new URL(import.meta.url).pathname), '..', 'src'));
  const files = fileCircles(root);
  console.log(`file circles: ${files.length} (of run-time imports: ${fileCircles(root, true).length})`);
  for (const c of files) console.log(`  {${c.join(', ')}}`);
  const folders = folderCircles(root);
  console.log(`folder circles: ${folders.length}`);
  for (const c of folders) console.log(`  {${c.join(', ')}}`);
}
