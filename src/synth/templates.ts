// Loading the generator's templates (data/synth/templates.yaml), validated at load.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const Template = z.object({ text: z.string(), initiator: z.literal('A').optional() });

export const Templates = z.object({
  notice: z.string().min(20),
  outlets: z.array(z.string()).min(1),
  headlines: z.array(z.string()).min(1),
  topics: z.array(z.string()).min(1),
  events: z.object({ call: z.array(Template).min(1), meeting: z.array(Template).min(1), visit: z.array(Template).min(1) }),
  fillers: z.array(z.string()).min(1),
});

export type Templates = z.infer<typeof Templates>;

export const TEMPLATES_FILE = new URL('../../data/synth/templates.yaml', import.meta.url).pathname;

export function loadTemplates(file = TEMPLATES_FILE): Templates {
  const r = Templates.safeParse(parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`${file}: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
  return r.data;
}
