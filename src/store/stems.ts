// Stemmed words of documents, for full-text search that finds inflected forms on SQLite. FTS5 has no
// Russian stemmer, so each document's title and text are stemmed here (Snowball's Russian stemmer for
// Cyrillic words, its English one for Latin words: what PostgreSQL's `russian` configuration does)
// and kept in a second FTS5 table, `documents_stems` (migration 0010), one row per document with the
// document's id as rowid. Triggers cannot call JavaScript, so the code that inserts documents writes
// these rows itself, in the same transaction (store/documents.ts); a trigger removes them with the
// document. PostgreSQL needs none of this: it stems in to_tsvector('russian', …) (store/search.ts).
import { sql } from 'kysely';
import { newStemmer } from 'snowball-stemmers';
import type { Kysely } from 'kysely';
import { isPostgres } from './portable.ts';

const russian = newStemmer('russian');
const english = newStemmer('english');

/**
 * Snowball's Russian stop words (the list PostgreSQL's `russian` configuration drops from queries):
 * left out of the stemmed query, so "переговоры о Москве" finds a text that says "переговоры в Москве".
 */
const RUSSIAN_STOP = new Set(
  `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему
  теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут
  где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой
  совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после
  над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том
  нельзя такой им более всегда конечно всю между`.split(/\s+/),
);

/**
 * PostgreSQL's English stop words (english_stem, which its `russian` configuration uses for Latin
 * words): left out of the stemmed query too, so a query mixing English and Russian words means the
 * same on both engines.
 */
const ENGLISH_STOP = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they
  them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do
  does did doing a an the and but if or because as until while of at by for with about against between into through during before
  after above below to from up down in out on off over under again further then once here there when where why how all any both
  each few more most other some such no nor not only own same so than too very s t can will just don should now`.split(/\s+/),
);

/** True when a query has a Cyrillic word: only such queries are matched by stems as well. */
export function hasRussian(terms: string[]): boolean {
  return terms.some((t) => /\p{Script=Cyrillic}/u.test(t));
}

const CYRILLIC = /^[а-я]+$/;
const LATIN = /^[a-z]+$/;

/** A word as the stems table holds it: lower case, ё as е, stemmed by its script's stemmer. */
export function stemWord(word: string): string {
  const w = word.normalize('NFC').toLowerCase().replace(/ё/g, 'е');
  if (CYRILLIC.test(w)) return russian.stem(w);
  if (LATIN.test(w)) return english.stem(w);
  return w;
}

/** The words of a text as FTS5's tokenizer splits them (runs of letters, marks and digits). */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** A text as the stems table holds it: its words, stemmed, in order. */
export function stemText(text: string): string {
  const cache = new Map<string, string>();
  return words(text)
    .map((w) => {
      let s = cache.get(w);
      if (s === undefined) cache.set(w, (s = stemWord(w)));
      return s;
    })
    .join(' ');
}

/**
 * An FTS5 query for the stems table: each term of a query (from searchTerms) stemmed the same way and
 * quoted as a phrase, so search syntax is only text. Stop words are left out, as PostgreSQL does;
 * null when nothing is left, or when the query has no Cyrillic word (hasRussian).
 */
export function stemQuery(terms: string[]): string | null {
  if (!hasRussian(terms)) return null;
  const stop = (w: string) => RUSSIAN_STOP.has(w) || ENGLISH_STOP.has(w);
  const phrases = terms
    .map((t) => words(t))
    .filter((ws) => !(ws.length === 1 && stop(ws[0].toLowerCase().replace(/ё/g, 'е'))))
    .map((ws) => ws.map(stemWord).join(' '))
    .filter((p) => p.length > 0)
    .map((p) => `"${p.replace(/"/g, '""')}"`);
  return phrases.length ? phrases.join(' ') : null;
}

/** Rows per insert: two bound values each, and texts can be long. */
const ROWS = 200;

/** Writes the stems of these documents (SQLite only; PostgreSQL stems in its index). */
export async function writeDocumentStems(db: Kysely<any>, docs: Array<{ id: number; title: string | null; text: string }>): Promise<void> {
  if (isPostgres(db) || docs.length === 0) return;
  for (let i = 0; i < docs.length; i += ROWS) {
    const values = docs.slice(i, i + ROWS).map((d) => sql`(${d.id}, ${stemText(`${d.title ?? ''} ${d.text}`)})`);
    await sql`INSERT INTO documents_stems(rowid, stems) VALUES ${sql.join(values)}`.execute(db);
  }
}

/** Writes the stems of every document that has none yet, a page at a time (migration 0010). */
export async function fillDocumentStems(db: Kysely<any>): Promise<number> {
  if (isPostgres(db)) return 0;
  let after = 0;
  let n = 0;
  for (;;) {
    const page = await sql<{ id: number; title: string | null; text: string }>`SELECT id, title, "text" FROM documents
      WHERE id > ${after} AND id NOT IN (SELECT rowid FROM documents_stems) ORDER BY id LIMIT ${ROWS}`.execute(db);
    if (page.rows.length === 0) return n;
    await writeDocumentStems(db, page.rows);
    n += page.rows.length;
    after = page.rows[page.rows.length - 1].id;
  }
}
