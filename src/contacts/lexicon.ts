// The accounts' data file (official sources), read and validated once per process. Topics come from
// the topic vocabulary (data/lexicon/topics.yaml, src/topics).
import { fileURLToPath } from 'node:url';
import { readYamlData } from '../data-cache.ts';
import { z } from 'zod';

const Source = z.object({ side: z.string().length(3), hosts: z.array(z.string()), outlets: z.array(z.string()) });

export interface AccountsLexicon {
  sources: Array<z.infer<typeof Source>>;
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
  };
  return cached;
}
