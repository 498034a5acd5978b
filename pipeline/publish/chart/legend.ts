// The key above the panels: only the marks the data uses, each drawn as it appears in the panels.
import { boundArrow, intervalWhisker, marker, seriesLine } from "./marks.ts";
import { type ChartSeries, isLowerBound, isUpperBound, type PeriodLength, periodLength } from "./model.ts";
import { MUTED, text, wrap } from "./svg.ts";

const FONT_SIZE = 12;
const LINE = 16;
const GLYPH_WIDTH = 30;

interface LegendItem {
  glyph: (x: number, y: number) => string;
  words: string;
}

const lengthWords: Record<PeriodLength, string> = {
  year: "a year's figure",
  half: "a half-year's figure, in its half of the year",
  quarter: "a quarter's figure, in its quarter of the year",
};

function items(series: readonly ChartSeries[], showsIntervals: boolean): LegendItem[] {
  const points = series.flatMap((s) => s.points);
  const lengths = (["year", "half", "quarter"] as const).filter((length) => points.some((p) => periodLength(p.period) === length));
  const list: LegendItem[] = lengths.map((length) => ({ glyph: (x, y) => marker(length, x + 10, y, false), words: lengthWords[length] }));
  const mainLength = lengths[0] ?? "year";
  list.push({
    glyph: (x, y) => seriesLine(mainLength, [[x, y], [x + 9, y]]) + seriesLine(mainLength, [[x + 15, y], [x + 24, y]]),
    words: `a line joins consecutive periods of the same length${lengths.length > 1 ? " (dashed: half-years, dotted: quarters)" : ""}; a gap: no figure`,
  });
  if (points.some((p) => p.qualifier !== "")) list.push({ glyph: (x, y) => marker(mainLength, x + 10, y, true), words: "hollow: not exact as written (≈ about, or a bound)" });
  if (points.some((p) => isLowerBound(p.qualifier))) list.push({ glyph: (x, y) => marker(mainLength, x + 10, y + 6, true) + boundArrow("gt", x + 10, y + 6), words: "> more than, ≥ at least: the figure lies above" });
  if (points.some((p) => isUpperBound(p.qualifier))) list.push({ glyph: (x, y) => marker(mainLength, x + 10, y - 6, true) + boundArrow("lt", x + 10, y - 6), words: "< less than, ≤ at most: the figure lies below" });
  if (showsIntervals) list.push({ glyph: (x, y) => intervalWhisker(x + 10, y + 7, y - 7), words: "the range a rounded figure allows" });
  return list;
}

export interface Legend {
  height: number;
  render(x: number, y: number): string;
}

/** `showsIntervals`: whether any panel draws a range (one narrower than its marker is not drawn). */
export function legend(series: readonly ChartSeries[], width: number, showsIntervals: boolean): Legend {
  const laid = items(series, showsIntervals).map((item) => ({ item, lines: wrap(item.words, width - GLYPH_WIDTH, FONT_SIZE, 3) }));
  // Each item is at least as tall as its glyph (an arrow is ~26 px).
  const heights = laid.map(({ lines }) => Math.max(lines.length * LINE, 26) + 4);
  return {
    height: heights.reduce((a, b) => a + b, 0),
    render(x, y) {
      const out: string[] = [`<g class="legend">`];
      let top = y;
      laid.forEach(({ item, lines }, index) => {
        const h = heights[index]!;
        out.push(item.glyph(x, top + h / 2 - 2));
        const firstBaseline = top + (h - lines.length * LINE) / 2 + FONT_SIZE - 1;
        lines.forEach((line, i) => out.push(text(x + GLYPH_WIDTH, firstBaseline + i * LINE, line, `font-size="${FONT_SIZE}" fill="${MUTED}"`)));
        top += h;
      });
      out.push("</g>");
      return out.join("\n");
    },
  };
}
