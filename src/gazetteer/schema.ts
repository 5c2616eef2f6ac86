// Validation schemas for the gazetteer data files under data/gazetteer (see its README).
import type { z } from 'zod';
import { lazy, zod } from '../lazy-zod.ts';

/** The schemas, built the first time data is validated (zod is loaded then: src/lazy-zod.ts). */
export const gazetteerSchemas = lazy(() => {
  const z = zod();
  const partialDate = z
    .union([z.string(), z.date(), z.number()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
    .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'));

  const iso3 = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 code');

  const RoleSpell = z.object({
    role: z.string(),
    title: z.string().optional(),
    from: partialDate.optional().nullable(),
    to: partialDate.optional().nullable(),
    org: z.string().optional().nullable(),
    accredited: iso3.optional().nullable(),
    acting: z.boolean().optional(),
  });

  const Person = z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(3),
    country: iso3,
    aliases: z.array(z.string()).optional().default([]),
    roles: z.array(RoleSpell).optional().default([]),
    /** Russian (Cyrillic) spellings of the full name, in the nominative: "Сергей Лавров". Case forms are generated. */
    ru: z.array(z.string().regex(/^[А-ЯЁ][\p{Script=Cyrillic}'’ .-]+$/u, 'a Cyrillic name in the nominative')).optional().default([]),
    /** 'f' for a woman: her surname declines as a woman's (Захарова, Захаровой). */
    gender: z.enum(['m', 'f']).optional(),
  });

  const Role = z.object({
    id: z.string(),
    level: z.string(),
    phrases: z.array(z.string()),
    /** Two-word phrases (among `phrases`) whose country adjective may stand between the words: "the top Iranian diplomat". */
    adjective_inside: z.array(z.string()).optional().default([]),
    /** Russian phrases naming the role, lower case, in the nominative: "министр иностранных дел", "глава мид". */
    ru: z.array(z.string()).optional().default([]),
  }).refine((r) => r.adjective_inside.every((x) => r.phrases.includes(x) && x.split(' ').length === 2), {
    message: 'adjective_inside: only two-word phrases listed in phrases',
  });

  const Country = z.object({
    code: iso3,
    name: z.string(),
    names: z.array(z.string()).optional().default([]),
    adjectives: z.array(z.string()).optional().default([]),
    capital: z.string().optional().nullable(),
    metonyms: z.array(z.string()).optional().default([]),
    /** Role id of the country's leader ("the leaders of the two countries"); defaults to president. */
    leader: z.string().optional(),
    /** Russian: names ("Россия", "Российская Федерация"), adjectives in the masculine nominative ("российский"), abbreviations that do not decline ("РФ"). */
    ru: z.object({
      names: z.array(z.string()).optional().default([]),
      adjectives: z.array(z.string()).optional().default([]),
      abbreviations: z.array(z.string()).optional().default([]),
    }).optional(),
  });

  const Place = z.object({
    name: z.string(),
    country: iso3,
    aliases: z.array(z.string()).optional().default([]),
    kind: z.string().optional().default('city'),
    /** For a venue, the city it stands in. */
    city: z.string().optional(),
    /**
     * A name that also stands for a government ("the Kremlin said", "the White House announced"): a
     * place only after "in the", "at the" or "inside the".
     */
    after_preposition: z.boolean().optional().default(false),
    /** Russian names of the place in the nominative ("Москва", "Нур-Султан"); case forms are generated. */
    ru: z.array(z.string()).optional().default([]),
  });

  const Organisation = z.object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()).optional().default([]),
    members: z.array(iso3).optional().default([]),
    bodies: z.array(z.string()).optional().default([]),
    /** Russian names and abbreviations ("ОДКБ", "Организация Договора о коллективной безопасности"). */
    ru: z.array(z.string()).optional().default([]),
    /** Russian names of its gatherings, in the nominative ("Совет глав государств СНГ"). */
    ru_bodies: z.array(z.string()).optional().default([]),
  });
  return { RoleSpell, Person, Role, Country, Place, Organisation };
});
type Schemas = ReturnType<typeof gazetteerSchemas>;

export type PersonEntry = z.infer<Schemas['Person']>;
export type RoleSpellEntry = z.infer<Schemas['RoleSpell']>;
export type RoleEntry = z.infer<Schemas['Role']>;
export type CountryEntry = z.infer<Schemas['Country']>;
export type PlaceEntry = z.infer<Schemas['Place']>;
export type OrganisationEntry = z.infer<Schemas['Organisation']>;
