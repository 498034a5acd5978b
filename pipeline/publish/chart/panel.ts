// One panel of the small multiples: an indicator's figures on the shared period axis, on the panel's own
// value scale, with its labels in English and Arabic and direct value labels.
import { periodMonths } from "../../lib/period.ts";
import { formatNumber, qualifierPrefix } from "../format.ts";
import { ARROW_LENGTH, boundArrow, intervalWhisker, MARKER_SIZE, marker, seriesLine } from "./marks.ts";
import { type ChartPoint, type ChartSeries, formatFigure, isLowerBound, isUpperBound, orderedPoints, type PeriodLength, periodLength } from "./model.ts";
import type { ValueScale } from "./scale.ts";
import { escapeXml, GRID, INK, MUTED, n, PAPER, rtl, text, textWidth } from "./svg.ts";
import { AXIS_FONT, type TimeAxis } from "./time-axis.ts";

export const PANEL_PAD = 10;
export const EN = { size: 13, line: 17, maxLines: 3 };
export const AR = { size: 13, line: 19, maxLines: 2 };
export const META = { size: 11, line: 15 };
export const VALUE_FONT = 11;
export const TICK_FONT = 10;
/** Above the plot: room for a value label over a "more than" arrow at the top of the scale. */
export const VALUE_SPACE = MARKER_SIZE + ARROW_LENGTH + VALUE_FONT + 6;

export interface PanelFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  headerHeight: number;
  /** Left edge of the plot, and its size. */
  plotLeft: number;
  plotWidth: number;
  plotHeight: number;
  /** Extra room under the plot for labels under negative values. */
  belowSpace: number;
}

export interface PanelText {
  en: string[];
  ar: string[];
  meta: string;
}

function tooltip(series: ChartSeries, point: ChartPoint): string {
  const base = point.basePeriod ? ` compared with ${point.basePeriod}` : "";
  const figure = `${qualifierPrefix(point.qualifier)}${formatFigure(series, { value: point.value, qualifier: "" })}`;
  const range = hasInterval(point) ? ` (between ${formatNumber(point.lower!)} and ${formatNumber(point.upper!)})` : "";
  return `${point.period}${base}: ${figure}${range}${isPercentUnit(series) ? "" : ` ${series.unit}`}`;
}

const isPercentUnit = (series: ChartSeries) => series.unit === "percent";
const hasInterval = (p: ChartPoint): p is ChartPoint & { lower: number; upper: number } =>
  typeof p.lower === "number" && typeof p.upper === "number" && p.lower !== p.upper;

/** A range is drawn only when it reaches beyond its marker: a narrower one would hide behind it. */
export function showsInterval(p: ChartPoint, scale: ValueScale, plotHeight: number): p is ChartPoint & { lower: number; upper: number } {
  return hasInterval(p) && ((p.upper - p.lower) / (scale.max - scale.min)) * plotHeight > 2 * MARKER_SIZE + 2;
}

/** Whether `b` directly follows `a` and both have the same length: only then does a line join them. */
function consecutive(a: string, b: string): boolean {
  return periodLength(a) === periodLength(b) && periodMonths(b)[0] === periodMonths(a)[1] + 1;
}

/** Runs of points a line may join: consecutive periods of one length, no one-sided bound in between. */
function lineRuns(points: ChartPoint[]): ChartPoint[][] {
  const runs: ChartPoint[][] = [];
  const byLength = new Map<PeriodLength, ChartPoint[]>();
  for (const p of points) byLength.set(periodLength(p.period), [...(byLength.get(periodLength(p.period)) ?? []), p]);
  for (const list of byLength.values()) {
    let run: ChartPoint[] = [];
    for (const p of list) {
      const joinable = !isLowerBound(p.qualifier) && !isUpperBound(p.qualifier);
      const previous = run.at(-1);
      if (joinable && previous && consecutive(previous.period, p.period)) run.push(p);
      else {
        if (run.length > 1) runs.push(run);
        run = joinable ? [p] : [];
      }
    }
    if (run.length > 1) runs.push(run);
  }
  return runs;
}

export function renderPanel(series: ChartSeries, frame: PanelFrame, words: PanelText, axis: TimeAxis, scale: ValueScale): string {
  const { x, y, width } = frame;
  const out: string[] = [
    `<g class="panel" data-indicator="${escapeXml(series.indicatorId)}"${series.category ? ` data-category="${escapeXml(series.category)}"` : ""}>`,
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(frame.height)}" rx="4" fill="${PAPER}" stroke="${GRID}"/>`,
  ];

  let top = y + PANEL_PAD;
  for (const line of words.en) {
    out.push(text(x + PANEL_PAD, top + EN.size, line, `font-size="${EN.size}" font-weight="bold" fill="${INK}"`));
    top += EN.line;
  }
  for (const line of words.ar) {
    out.push(text(x + PANEL_PAD, top + AR.size, rtl(line), `font-size="${AR.size}" xml:lang="ar" fill="${INK}"`));
    top += AR.line;
  }
  out.push(text(x + PANEL_PAD, y + frame.headerHeight - 4, words.meta, `font-size="${META.size}" fill="${MUTED}"`));

  const plotTop = y + frame.headerHeight + VALUE_SPACE;
  const plotBottom = plotTop + frame.plotHeight;
  const plotRight = frame.plotLeft + frame.plotWidth;
  const yOf = (value: number) => plotTop + ((scale.max - value) / (scale.max - scale.min)) * frame.plotHeight;
  const xOf = (p: ChartPoint) => frame.plotLeft + axis.x(p.period);

  // Year bands: light separators so a half-year reads as part of its year.
  for (let year = axis.firstYear; year <= axis.lastYear + 1; year++) {
    const bx = frame.plotLeft + (year - axis.firstYear) * axis.bandWidth;
    out.push(`<line x1="${n(bx)}" y1="${n(plotTop)}" x2="${n(bx)}" y2="${n(plotBottom + 4)}" stroke="#eaeef2"/>`);
  }
  for (const year of axis.labelledYears) {
    const cx = frame.plotLeft + (year + 0.5 - axis.firstYear) * axis.bandWidth;
    out.push(text(cx, plotBottom + frame.belowSpace + AXIS_FONT + 5, String(year), `text-anchor="middle" font-size="${AXIS_FONT}" fill="${MUTED}"`));
  }
  for (const tick of scale.ticks) {
    const ty = yOf(tick);
    const stroke = tick === 0 ? `stroke="#8c959f" stroke-width="1.2"` : `stroke="${GRID}" stroke-width="0.8"`;
    out.push(`<line x1="${n(frame.plotLeft)}" y1="${n(ty)}" x2="${n(plotRight)}" y2="${n(ty)}" ${stroke}/>`);
    out.push(text(frame.plotLeft - 5, ty + TICK_FONT * 0.35, formatNumber(tick), `text-anchor="end" font-size="${TICK_FONT}" fill="${MUTED}"`));
  }

  const points = orderedPoints(series);
  if (points.length === 0) {
    out.push(text((frame.plotLeft + plotRight) / 2, (plotTop + plotBottom) / 2, "no figure", `text-anchor="middle" font-size="12" fill="${MUTED}"`));
    out.push("</g>");
    return out.join("\n");
  }

  for (const p of points) if (showsInterval(p, scale, frame.plotHeight)) out.push(intervalWhisker(xOf(p), yOf(p.lower), yOf(p.upper)));
  for (const run of lineRuns(points)) out.push(seriesLine(periodLength(run[0]!.period), run.map((p) => [xOf(p), yOf(p.value)])));
  for (const p of points) {
    const arrow = boundArrow(p.qualifier, xOf(p), yOf(p.value));
    if (arrow) out.push(arrow);
  }
  for (const p of points) {
    const hollow = p.qualifier !== "";
    out.push(marker(periodLength(p.period), xOf(p), yOf(p.value), hollow, { period: p.period, title: tooltip(series, p) }));
  }

  // Direct labels, placed greedily: the latest figure first, then the largest, then the others from the
  // latest back; a label that would overlap one already placed is left out (the tooltip and the text
  // alternative still give the figure).
  const minX = x + PANEL_PAD;
  const maxX = x + width - PANEL_PAD;
  const largest = points.reduce((best, p) => (Math.abs(p.value) > Math.abs(best.value) ? p : best), points.at(-1)!);
  const order = [points.at(-1)!, largest, ...[...points].reverse()].filter((p, i, all) => all.indexOf(p) === i);
  const placed: Array<{ left: number; right: number; top: number; bottom: number }> = [];
  const labels: Array<{ point: ChartPoint; markup: string }> = [];
  for (const p of order) {
    const label = formatFigure(series, p);
    const half = textWidth(label, VALUE_FONT) / 2;
    const cx = Math.min(Math.max(xOf(p), minX + half), maxX - half);
    const py = yOf(p.value);
    const interval = showsInterval(p, scale, frame.plotHeight);
    let baseline: number;
    if (p.value < 0 && !isLowerBound(p.qualifier)) {
      const below = isUpperBound(p.qualifier) ? py + MARKER_SIZE + ARROW_LENGTH : interval ? Math.max(py + MARKER_SIZE, yOf(p.lower!)) : py + MARKER_SIZE;
      baseline = below + VALUE_FONT + 2;
    } else {
      const above = isLowerBound(p.qualifier) ? py - MARKER_SIZE - ARROW_LENGTH : interval ? Math.min(py - MARKER_SIZE, yOf(p.upper!)) : py - MARKER_SIZE;
      baseline = above - 4;
    }
    const box = { left: cx - half - 2, right: cx + half + 2, top: baseline - VALUE_FONT, bottom: baseline + 2 };
    if (placed.some((b) => b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom)) continue;
    placed.push(box);
    labels.push({ point: p, markup: text(cx, baseline, label, `class="value" text-anchor="middle" font-size="${VALUE_FONT}" font-weight="bold" fill="${INK}"`) });
  }
  // In time order in the file, whatever order they were placed in.
  out.push(...labels.sort((a, b) => points.indexOf(a.point) - points.indexOf(b.point)).map((l) => l.markup));
  out.push("</g>");
  return out.join("\n");
}
