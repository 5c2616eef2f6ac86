// The accounts' data file (official sources), read and validated once per process. Topics come from
// the topic vocabulary (data/lexicon/topics.yaml, src/topics).
import { join } from 'node:path';
import { ROOT } from '../paths.ts';
import { readYamlData } from '../data-cache.ts';
import { z } from 'zod';

const Source = z.object({ side: z.string().length(3), hosts: z.array(z.string()), outlets: z.array(z.string()) });

export interface AccountsLexicon {
  sources: Array<z.infer<typeof Source>>;
}

function read<T extends z.ZodTypeAny>(name: string, schema: T): z.output<T>[] {
  // Beside this module in src/, read from there by the bundled dist/ too (scripts/build.mjs).
  const file = join(ROOT, 'src', 'contacts', name);
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
