// Schema migrations, applied in name order by Kysely's Migrator. Each migration is its own file;
// never edit one that has shipped: add a new file and list it here.
import type { Migration, MigrationProvider } from 'kysely';
import { m0001 } from './0001_initial.ts';
import { m0002 } from './0002_contacts.ts';
import { m0004 } from './0004_sources.ts';
import { m0005 } from './0005_lookup_indexes.ts';
import { m0006 } from './0006_read_indexes.ts';
import { m0007 } from './0007_member_dates.ts';
import { m0008 } from './0008_network_summary.ts';
import { m0009 } from './0009_contact_cards.ts';
import { m0010 } from './0010_russian_search.ts';
import { m0011 } from './0011_item_hash.ts';
import { m0012 } from './0012_review_notes.ts';
import { m0013 } from './0013_sentence_spans.ts';
import { m0014 } from './0014_confidence.ts';

export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_contacts': m0002,
  '0004_sources': m0004,
  '0005_lookup_indexes': m0005,
  '0006_read_indexes': m0006,
  '0007_member_dates': m0007,
  '0008_network_summary': m0008,
  '0009_contact_cards': m0009,
  '0010_russian_search': m0010,
  '0011_item_hash': m0011,
  '0012_review_notes': m0012,
  '0013_sentence_spans': m0013,
  '0014_confidence': m0014,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
