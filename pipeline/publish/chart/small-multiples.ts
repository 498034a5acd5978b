// Several periods: small multiples, one panel per series, stacked in `columns` columns. One column by
// default, so that the SVG scaled to a 375 px phone keeps its text at about its nominal size; a desktop page
// shows it as it is (or asks for more columns).
import { formatNumber } from "../format.ts";
import { describeSmallMultiples, unitWords } from "./describe.ts";
import { MARGIN, PANEL_WIDTH } from "./layout.ts";
import { legend } from "./legend.ts";
import { type ChartSeries, panelTitle, panelTitleAr, periodsOf } from "./model.ts";
import { AR, EN, META, PANEL_PAD, type PanelFrame, type PanelText, renderPanel, showsInterval, TICK_FONT, VALUE_FONT, VALUE_SPACE } from "./panel.ts";
import { niceScale, type ValueScale } from "./scale.ts";
import { escapeXml, FONT, INK, MUTED, n, PAPER, text, textWidth, wrap } from "./svg.ts";
import { AXIS_FONT, timeAxis } from "./time-axis.ts";

const GAP = 14;
const PLOT_HEIGHT = 100;
const TITLE = { size: 16, line: 20 };
const SUBTITLE = { size: 12, line: 16 };

/** Panels of one indicator's breakdown share a scale, so categories compare by eye; others have their own. */
function scaleKey(series: ChartSeries, index: number): string {
  return series.breakdown ? `${series.indicatorId}|${series.breakdown}|${series.comparison ?? ""}` : `#${index}`;
}

function scales(series: readonly ChartSeries[]): ValueScale[] {
  const extent = new Map<string, [number, number]>();
  series.forEach((s, index) => {
    const values = s.points.flatMap((p) => [p.value, p.lower ?? p.value, p.upper ?? p.value]);
    const key = scaleKey(s, index);
    const [lo, hi] = extent.get(key) ?? [0, 0];
    extent.set(key, [Math.min(lo, ...values), Math.max(hi, ...values)]);
  });
  return series.map((s, index) => {
    const [lo, hi] = extent.get(scaleKey(s, index))!;
    return niceScale(lo, hi);
  });
}

export function renderSmallMultiples(series: readonly ChartSeries[], title: string, columns: number): string {
  const cols = Math.max(1, Math.min(columns, series.length));
  const width = cols * PANEL_WIDTH + (cols - 1) * GAP + 2 * MARGIN;
  const inner = width - 2 * MARGIN;
  const periods = periodsOf(series);
  const valueScales = scales(series);

  // Every panel has the same plot width and offset, so the period axis lines up from panel to panel; the
  // panels of a row share their header height, so their plots line up too.
  const words: PanelText[] = series.map((s) => ({
    en: wrap(panelTitle(s), PANEL_WIDTH - 2 * PANEL_PAD, EN.size, EN.maxLines),
    ar: wrap(panelTitleAr(s), PANEL_WIDTH - 2 * PANEL_PAD, AR.size, AR.maxLines),
    meta: unitWords(s),
  }));
  const tickWidth = Math.max(...valueScales.flatMap((sc) => sc.ticks.map((t) => textWidth(formatNumber(t), TICK_FONT))));
  const plotOffset = PANEL_PAD + tickWidth + 8;
  const plotWidth = PANEL_WIDTH - plotOffset - PANEL_PAD - 4;
  const belowSpace = series.some((s) => s.points.some((p) => p.value < 0)) ? VALUE_FONT + 6 : 0;
  const axis = timeAxis(periods, 0, plotWidth);
  const showsIntervals = series.some((s, i) => s.points.some((p) => showsInterval(p, valueScales[i]!, PLOT_HEIGHT)));

  const titleLines = wrap(title, inner, TITLE.size, 3);
  const subtitleLines = wrap("One panel per indicator, each with its own scale; all panels share the period axis.", inner, SUBTITLE.size, 3);
  const key = legend(series, inner, showsIntervals);
  const legendTop = MARGIN + titleLines.length * TITLE.line + subtitleLines.length * SUBTITLE.line + 8;
  const gridTop = legendTop + key.height + 10;

  const rowCount = Math.ceil(series.length / cols);
  const rowHeaders = Array.from({ length: rowCount }, (_, row) => {
    const inRow = words.slice(row * cols, (row + 1) * cols);
    return PANEL_PAD + Math.max(...inRow.map((w) => w.en.length)) * EN.line + Math.max(...inRow.map((w) => w.ar.length)) * AR.line + META.line;
  });
  const panelHeight = (row: number) => rowHeaders[row]! + VALUE_SPACE + PLOT_HEIGHT + belowSpace + AXIS_FONT + 12;
  const rowTops = rowHeaders.map((_, row) => gridTop + rowHeaders.slice(0, row).reduce((sum, _h, r) => sum + panelHeight(r) + GAP, 0));
  const height = rowTops.at(-1)! + panelHeight(rowCount - 1) + MARGIN;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}" role="img" aria-labelledby="chart-title chart-desc" xml:lang="en" font-family="${FONT}">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<desc id="chart-desc">${escapeXml(describeSmallMultiples(series, axis.firstYear, axis.lastYear))}</desc>`,
    `<rect width="100%" height="100%" fill="${PAPER}"/>`,
  ];
  titleLines.forEach((line, i) => out.push(text(MARGIN, MARGIN + TITLE.size + i * TITLE.line, line, `font-size="${TITLE.size}" font-weight="bold" fill="${INK}"`)));
  const subtitleTop = MARGIN + titleLines.length * TITLE.line;
  subtitleLines.forEach((line, i) => out.push(text(MARGIN, subtitleTop + SUBTITLE.size + 2 + i * SUBTITLE.line, line, `font-size="${SUBTITLE.size}" fill="${MUTED}"`)));
  out.push(key.render(MARGIN, legendTop));
  series.forEach((s, index) => {
    const row = Math.floor(index / cols);
    const x = MARGIN + (index % cols) * (PANEL_WIDTH + GAP);
    const y = rowTops[row]!;
    const frame: PanelFrame = { x, y, width: PANEL_WIDTH, height: panelHeight(row), headerHeight: rowHeaders[row]!, plotLeft: x + plotOffset, plotWidth, plotHeight: PLOT_HEIGHT, belowSpace };
    out.push(renderPanel(s, frame, words[index]!, axis, valueScales[index]!));
  });
  out.push("</svg>");
  return out.join("\n") + "\n";
}
