// The accounts' data file (official sources), read and validated once per process. Topics come from
// the topic vocabulary (data/lexicon/topics.yaml, src/topics).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const Source = z.object({ side: z.string().length(3), hosts: z.array(z.string()), outlets: z.array(z.string()) });

export interface AccountsLexicon {
  sources: Array<z.infer<typeof Source>>;
}

function read<T extends z.ZodTypeAny>(name: string, schema: T): z.output<T>[] {
  const file = new URL(name, import.meta.url);
  const result = z.array(schema).safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file.pathname}: ${result.error.issues[0].path.join('.')}: ${result.error.issues[0].message}`);
  return result.data;
}

let cached: AccountsLexicon | null = null;

export function accountsLexicon(): AccountsLexicon {
  cached ??= {
    sources: read('sources.yaml', Source),
  };
  return cached;
}
