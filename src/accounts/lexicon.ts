// The accounts' data files (official sources, topics), read and validated once per process.
import { fileURLToPath } from 'node:url';
import { readYamlData } from '../data-cache.ts';
import { z } from 'zod';

const Source = z.object({ side: z.string().length(3), hosts: z.array(z.string()), outlets: z.array(z.string()) });
const Topic = z.object({ id: z.string(), label: z.string(), patterns: z.array(z.string()).min(1) });

export interface TopicRule {
  id: string;
  label: string;
  patterns: RegExp[];
}

export interface AccountsLexicon {
  sources: Array<z.infer<typeof Source>>;
  topics: TopicRule[];
}

function read<T extends z.ZodTypeAny>(name: string, schema: T): z.output<T>[] {
  const file = fileURLToPath(new URL(name, import.meta.url));
  return readYamlData(file, (raw) => {
    const result = z.array(schema).safeParse(raw);
    if (!result.success) throw new Error(`${file}: ${result.error.issues[0].path.join('.')}: ${result.error.issues[0].message}`);
    return result.data;
  });
}

let cached: AccountsLexicon | null = null;

export function accountsLexicon(): AccountsLexicon {
  cached ??= {
    sources: read('sources.yaml', Source),
    topics: read('topics.yaml', Topic).map((t) => ({ ...t, patterns: t.patterns.map((p) => new RegExp(p, 'i')) })),
  };
  return cached;
}
