// Reads and validates the gazetteer data files. A file that fails validation stops start-up with
// the file name and the path of the bad field: bad data must never be half-loaded.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { gazetteerSchemas } from './schema.ts';
import { zod } from '../lazy-zod.ts';
import type { PersonEntry, RoleEntry, CountryEntry, PlaceEntry, OrganisationEntry } from './schema.ts';

import { DATA_DIR } from '../paths.ts';
import { readYamlData } from '../data-cache.ts';
export { DATA_DIR };

export interface GazetteerData {
  people: PersonEntry[];
  roles: RoleEntry[];
  countries: CountryEntry[];
  places: PlaceEntry[];
  organisations: OrganisationEntry[];
}

export class GazetteerError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

function readList<T extends z.ZodTypeAny>(file: string, schemaOf: () => T): z.output<T>[] {
  if (!existsSync(file)) return [];
  return readYamlData(file, (raw) => {
    const schema = schemaOf();
    const result = zod().array(schema).safeParse(raw ?? []);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new GazetteerError(file, `${issue.path.join('.')}: ${issue.message}`);
    }
    return result.data;
  });
}

export function loadGazetteerData(dataDir = DATA_DIR): GazetteerData {
  const dir = join(dataDir, 'gazetteer');
  const peopleDir = join(dir, 'people');
  const people = existsSync(peopleDir)
    ? readdirSync(peopleDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .flatMap((f) => readList(join(peopleDir, f), () => gazetteerSchemas().Person))
    : [];
  const seen = new Map<string, string>();
  for (const p of people) {
    if (seen.has(p.id)) throw new GazetteerError(peopleDir, `duplicate person id ${p.id}`);
    seen.set(p.id, p.name);
  }
  return {
    people,
    roles: readList(join(dir, 'roles.yaml'), () => gazetteerSchemas().Role),
    countries: readList(join(dir, 'countries.yaml'), () => gazetteerSchemas().Country),
    places: readList(join(dir, 'places.yaml'), () => gazetteerSchemas().Place),
    organisations: readList(join(dir, 'organisations.yaml'), () => gazetteerSchemas().Organisation),
  };
}
