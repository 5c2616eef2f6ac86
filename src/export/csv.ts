// CSV cells, for every product that writes CSV (the export's rows, the CLI's tables as CSV): one
// routine, so every CSV the tool writes is safe to open in a spreadsheet.

/** A cell's text: lists joined with "; ", objects as JSON, nothing for null. */
export function cellText(v: unknown): string {
  return v == null ? '' : Array.isArray(v) ? v.join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** What a spreadsheet reads as a formula: a text cell starting with = + - @ or a tab or return. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * A CSV cell. Article text can start with "=HYPERLINK(…)": a text cell a spreadsheet would read as a
 * formula gets a leading apostrophe (OWASP's advice), so it opens as text; numbers are left as they are.
 */
export function csvCell(v: unknown): string {
  let s = cellText(v);
  if (typeof v !== 'number' && FORMULA.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
