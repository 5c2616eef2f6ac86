// The drafted review as PDF: the standalone HTML (render.ts) printed by headless Chromium, the same
// browser the tests use (browser/chromium.ts), so the PDF is the HTML's content, charts included.
// The page loads nothing from outside: the HTML is set as content and every script and request is
// refused; links stay links in the PDF. Without Chromium the error says what to install.
import { launchChromium } from '../browser/chromium.ts';
import { reviewHtml } from './render.ts';
import type { DraftedReview } from './draft.ts';

export async function reviewPdf(r: DraftedReview): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // The review's text comes from documents: nothing in it may make the printer fetch anything.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(reviewHtml(r), { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#777"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
