// One entry point from a drafted review to any of its formats, with the media type and file
// extension each is served under: the CLI and the API render through it, so both give the same file.
import type { DraftedReview } from './draft.ts';
import { reviewMarkdown, reviewHtml } from './render.ts';

export type ReviewFormat = 'md' | 'html' | 'json' | 'docx' | 'pdf';

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
    format === 'md' ? reviewMarkdown(r)
    : format === 'html' ? reviewHtml(r)
    : format === 'json' ? JSON.stringify(r, null, 2) + '\n'
    : format === 'docx' ? await (await import('./docx.ts')).reviewDocx(r)
    : await (await import('./pdf.ts')).reviewPdf(r);
  return { body, type: REVIEW_MEDIA[format], file };
}
