// Charts of a pair's contacts over time as SVG: a vega-lite specification compiled and rendered by
// vega headless (no canvas, no browser): contacts by type, and by level, per period.
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { PeriodStats } from './stats.ts';
import { LEVELS, LEVEL_LABEL } from './levels.ts';

export function chartSpec(rows: PeriodStats[], title: string): TopLevelSpec {
  const byType = rows.flatMap((r) => Object.entries(r.byType).map(([type, n]) => ({ period: r.period, series: type, n })));
  const byLevel = rows.flatMap((r) => LEVELS.map((l) => ({ period: r.period, series: LEVEL_LABEL[l], n: r.byLevel[l] })));
  const panel = (values: typeof byType, what: string) => ({
    title: `${what}`,
    data: { values },
    mark: { type: 'bar' as const },
    width: Math.max(240, rows.length * 28),
    height: 160,
    encoding: {
      x: { field: 'period', type: 'ordinal' as const, title: null, sort: rows.map((r) => r.period) },
      y: { field: 'n', type: 'quantitative' as const, aggregate: 'sum' as const, title: 'contacts', axis: { tickMinStep: 1 } },
      color: { field: 'series', type: 'nominal' as const, title: null },
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    vconcat: [panel(byType, 'by type'), panel(byLevel, 'by level')],
    resolve: { scale: { color: 'independent' } },
  } as TopLevelSpec;
}

export async function chartSvg(rows: PeriodStats[], title: string): Promise<string> {
  const view = new vega.View(vega.parse(compile(chartSpec(rows, title)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
