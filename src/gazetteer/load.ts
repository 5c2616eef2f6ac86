// Reads and validates the gazetteer data files. A file that fails validation stops start-up with
// the file name and the path of the bad field: bad data must never be half-loaded.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { Person, Role, Country, Place, Organisation } from './schema.ts';
import type { PersonEntry, RoleEntry, CountryEntry, PlaceEntry, OrganisationEntry } from './schema.ts';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

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

function readList<T extends z.ZodTypeAny>(file: string, schema: T): z.output<T>[] {
  if (!existsSync(file)) return [];
  const raw = parse(readFileSync(file, 'utf8')) ?? [];
  const result = z.array(schema).safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new GazetteerError(file, `${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

export function loadGazetteerData(dataDir = DATA_DIR): GazetteerData {
  const dir = join(dataDir, 'gazetteer');
  const peopleDir = join(dir, 'people');
  const people = existsSync(peopleDir)
    ? readdirSync(peopleDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .flatMap((f) => readList(join(peopleDir, f), Person))
    : [];
  const seen = new Map<string, string>();
  for (const p of people) {
    if (seen.has(p.id)) throw new GazetteerError(peopleDir, `duplicate person id ${p.id}`);
    seen.set(p.id, p.name);
  }
  return {
    people,
    roles: readList(join(dir, 'roles.yaml'), Role),
    countries: readList(join(dir, 'countries.yaml'), Country),
    places: readList(join(dir, 'places.yaml'), Place),
    organisations: readList(join(dir, 'organisations.yaml'), Organisation),
  };
}
