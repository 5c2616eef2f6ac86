// Migration 0011: the hash of what a feed says about an item (title, summary, content), so that an
// item whose text changes while its link and date stay the same is fetched again (issue 19).
import type { Kysely, Migration } from 'kysely';

export const m0011: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('seen_items').addColumn('item_hash', 'text').execute();
  },
};
