// The review as a page of the API: GET /api/review drafts it for a period and focus (JSON for the
// workbench, or the publishable HTML, Markdown, Word and PDF, the same files as `attache review`),
// with the analyst's text of each section; PUT /api/review/sections/:key saves that text. The token
// guard in app.ts refuses the PUT without the token, as every write. The draft is computed afresh on
// each request, so "regenerate" is a reload: the generated part follows the record, the text stays.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Store } from '../../store/open.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import { draftReview, checkReviewOptions } from '../../review/draft.ts';
import { renderReview } from '../../review/formats.ts';
import { saveReviewNote } from '../../store/review-notes.ts';
import { ChromiumMissing } from '../../browser/chromium.ts';
import { parseQuery, parseBody, ReviewQuery } from '../params.ts';
import { ReviewNoteBody } from '../bodies.ts';
import { author } from './write.ts';

const SECTION = /^[a-z0-9-]{1,64}$/;

function fail(status: 400 | 404 | 503, error: string): never {
  throw new HTTPException(status, { res: Response.json({ error }, { status }) });
}

function options(g: Gazetteer, o: { from: string; to: string; focus: string[] }) {
  try {
    return checkReviewOptions(g, o);
  } catch (e) {
    return fail(400, (e as Error).message);
  }
}

export function reviewRoutes(db: Store, g: Gazetteer): Hono {
  const app = new Hono();

  app.get('/review', async (c) => {
    const p = parseQuery(ReviewQuery, c);
    const o = options(g, p);
    const review = await draftReview(db, g, { ...o, charts: p.format === 'html' || p.format === 'pdf' });
    if (p.format === 'json') return c.json(review);
    let out;
    try {
      out = await renderReview(review, p.format);
    } catch (e) {
      if (e instanceof ChromiumMissing) fail(503, `the PDF needs Chromium on the server: ${e.message}`);
      throw e;
    }
    const inline = p.format === 'html';
    c.header('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="${out.file}"`);
    return c.body(typeof out.body === 'string' ? out.body : new Uint8Array(out.body), 200, { 'Content-Type': out.type });
  });

  app.put('/review/sections/:key', async (c) => {
    const key = c.req.param('key');
    if (!SECTION.test(key)) fail(400, 'a section key is lower-case letters, digits and hyphens');
    const b = await parseBody(ReviewNoteBody, c);
    const o = options(g, { from: b.from, to: b.to, focus: b.focus });
    // Only a section the review has: a mistyped key would store text nobody sees.
    const review = await draftReview(db, g, o);
    const section = review.sections.find((s) => s.key === key);
    if (!section) fail(404, `the review of ${o.from} – ${o.to} (${o.focus.join(', ')}) has no section '${key}'; its sections: ${review.sections.map((s) => s.key).join(', ')}`);
    const note = await saveReviewNote(db, o, key, b.text, author(c));
    return c.json({ key, title: section.title, note });
  });

  return app;
}
