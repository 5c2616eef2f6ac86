// One entry point from a drafted review to any of its formats, with the media type and file
// extension each is served under: the CLI and the API render through it, so both give the same file.
// The renderers are loaded when used, so the list of formats costs a command's start-up nothing.
import type { DraftedReview } from './draft.ts';

/** The formats a review comes in; the CLI's --format and the API's ?format= accept these. */
export const REVIEW_FORMATS = ['md', 'html', 'json', 'docx', 'pdf'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

export const REVIEW_MEDIA: Record<ReviewFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function renderReview(r: DraftedReview, format: ReviewFormat): Promise<{ body: string | Buffer; type: string; file: string }> {
  const file = `review-${r.period.from}-${r.period.to}-${r.focus.join('-')}.${format}`;
  const body =
    format === 'md' ? (await import('./render.ts')).reviewMarkdown(r)
    : format === 'html' ? (await import('./render.ts')).reviewHtml(r)
    : format === 'json' ? JSON.stringify(r, null, 2) + '\n'
    : format === 'docx' ? await (await import('./docx.ts')).reviewDocx(r)
    : await (await import('./pdf.ts')).reviewPdf(r);
  return { body, type: REVIEW_MEDIA[format], file };
}
