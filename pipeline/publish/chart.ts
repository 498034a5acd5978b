/**
 * chart.svg: a picture that fits the data. With several periods, small multiples (one panel per indicator,
 * and per category of a breakdown, on a shared period axis, each on its own scale); with a single period,
 * the key figures as a small table, since a chart of single bars would say less than the figures; with no
 * figure, a note saying so. Self-contained (no script, style sheet, font or link), with a text alternative
 * (<title>, and a <desc> that lists every figure per indicator and period), and deterministic bytes.
 *
 * Labels are in English with each indicator's Arabic label; the page around the chart gives the three
 * languages.
 */
import { renderFigureTable } from "./chart/figure-table.ts";
import { MARGIN, PANEL_WIDTH } from "./chart/layout.ts";
import { type ChartSeries, periodsOf } from "./chart/model.ts";
import { renderSmallMultiples } from "./chart/small-multiples.ts";
import { escapeXml, FONT, MUTED, PAPER, text } from "./chart/svg.ts";

export type { ChartPoint, ChartSeries } from "./chart/model.ts";
export { describeSeries } from "./chart/describe.ts";

/** What chart.svg shows for these series: nothing to show, the key figures of one period, or small multiples. */
export type ChartForm = "empty" | "figures" | "small-multiples";

export function chartForm(series: readonly ChartSeries[]): ChartForm {
  const periods = periodsOf(series);
  return periods.length === 0 ? "empty" : periods.length === 1 ? "figures" : "small-multiples";
}

function renderEmpty(title: string): string {
  const width = PANEL_WIDTH + 2 * MARGIN;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="80" viewBox="0 0 ${width} 80" role="img" aria-labelledby="chart-title chart-desc" xml:lang="en" font-family="${FONT}">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<desc id="chart-desc">No data.</desc>`,
    `<rect width="100%" height="100%" fill="${PAPER}"/>`,
    text(MARGIN, 44, "No data", `font-size="14" fill="${MUTED}"`),
    "</svg>",
  ].join("\n") + "\n";
}

export function renderChartSvg(series: ChartSeries[], options: { title?: string; columns?: number } = {}): string {
  const title = options.title ?? "Figures per indicator and period";
  switch (chartForm(series)) {
    case "empty":
      return renderEmpty(title);
    case "figures":
      return renderFigureTable(series, title, periodsOf(series)[0]!);
    case "small-multiples":
      return renderSmallMultiples(series, title, options.columns ?? 1);
  }
}
