// Charts of a pair's contacts over time as SVG: a vega-lite specification compiled and rendered by
// vega headless (no canvas, no browser): contacts by type, and by level, per period.
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { PeriodStats } from './stats.ts';
import { LEVELS, LEVEL_LABEL } from './levels.ts';

/** One panel of a chart: a count per period and series (a type, a level). */
export interface ChartPanel {
  title: string;
  values: Array<{ period: string; series: string; n: number }>;
}

/** Stacked bars per period, one panel under another: the numbers are drawn as given. */
export function panelsSpec(panels: ChartPanel[], periods: string[], title: string): TopLevelSpec {
  const panel = (p: ChartPanel) => ({
    title: p.title,
    data: { values: p.values },
    mark: { type: 'bar' as const },
    width: Math.max(240, periods.length * 28),
    height: 160,
    encoding: {
      x: { field: 'period', type: 'ordinal' as const, title: null, sort: periods },
      y: { field: 'n', type: 'quantitative' as const, aggregate: 'sum' as const, title: 'contacts', axis: { tickMinStep: 1 } },
      color: { field: 'series', type: 'nominal' as const, title: null },
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    vconcat: panels.map(panel),
    resolve: { scale: { color: 'independent' } },
  } as TopLevelSpec;
}

export function chartSpec(rows: PeriodStats[], title: string): TopLevelSpec {
  const byType = rows.flatMap((r) => Object.entries(r.byType).map(([type, n]) => ({ period: r.period, series: type, n })));
  const byLevel = rows.flatMap((r) => LEVELS.map((l) => ({ period: r.period, series: LEVEL_LABEL[l], n: r.byLevel[l] })));
  return panelsSpec([{ title: 'by type', values: byType }, { title: 'by level', values: byLevel }], rows.map((r) => r.period), title);
}

/** Renders a specification to SVG with vega headless. */
export async function specSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export async function chartSvg(rows: PeriodStats[], title: string): Promise<string> {
  return specSvg(chartSpec(rows, title));
}
