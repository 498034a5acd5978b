// One period: there is no series to draw, and a bar per indicator would only restate the figures with less
// precision. The picture is then the key figures themselves, as a small table (label, value, unit), in the
// same width as the small multiples so that it reads on a phone.
import { qualifierPrefix } from "../format.ts";
import { describeSeries } from "./describe.ts";
import { type ChartPoint, type ChartSeries, formatFigure, orderedPoints, panelTitle, panelTitleAr } from "./model.ts";
import { MARGIN, PANEL_WIDTH } from "./layout.ts";
import { escapeXml, FONT, GRID, INK, MUTED, n, PAPER, rtl, text, textWidth, wrap } from "./svg.ts";

const TITLE = { size: 16, line: 20 };
const NOTE = { size: 12, line: 16 };
const LABEL = { size: 13, line: 17 };
const ARABIC = { size: 13, line: 19 };
const VALUE = { size: 15, line: 19 };
const UNIT = { size: 11, line: 15 };
const ROW_PAD = 8;
const VALUE_COLUMN = 116;

export function renderFigureTable(series: readonly ChartSeries[], title: string, period: string): string {
  const width = PANEL_WIDTH + 2 * MARGIN;
  const inner = PANEL_WIDTH;
  const labelWidth = inner - VALUE_COLUMN - 8;
  const anyQualified = series.some((s) => s.points.some((p) => p.qualifier !== ""));
  const titleLines = wrap(title, inner, TITLE.size, 3);
  const noteLines = wrap(
    `Key figures for ${period}. With a single period there is no series to draw yet: a chart of the figures over time replaces this table once a second period is published.${anyQualified ? " > more than, ≥ at least, < less than, ≤ at most, ≈ about." : ""}`,
    inner,
    NOTE.size,
    5,
  );

  // One row per figure: a percentage change may be stated against several base periods.
  const figures = series.flatMap((s): Array<{ s: ChartSeries; point: ChartPoint | undefined }> => {
    const points = orderedPoints(s);
    return points.length ? points.map((point) => ({ s, point })) : [{ s, point: undefined }];
  });
  const rows = figures.map(({ s, point }) => {
    const value = point ? formatFigure(s, point) : "no figure";
    const unit = [s.unit === "percent" ? "" : s.unit, point?.basePeriod ? `vs ${point.basePeriod}` : ""].filter(Boolean).join(", ");
    const en = wrap(panelTitle(s), labelWidth, LABEL.size, 4);
    const ar = wrap(panelTitleAr(s), labelWidth, ARABIC.size, 3);
    // A value too wide for its column is shrunk rather than allowed to run into the label.
    const valueSize = Math.min(VALUE.size, (VALUE_COLUMN - 4) / Math.max(1, textWidth(value, 1)));
    const height = Math.max(en.length * LABEL.line + ar.length * ARABIC.line, VALUE.line + (unit ? UNIT.line : 0)) + 2 * ROW_PAD;
    const words = point ? `${qualifierPrefix(point.qualifier)}${formatFigure(s, { ...point, qualifier: "" })}${unit ? ` (${unit})` : ""}` : "no figure";
    return { s, value, valueSize, unit, en, ar, height, tooltip: `${panelTitle(s)}, ${period}: ${words}` };
  });

  const tableTop = MARGIN + titleLines.length * TITLE.line + noteLines.length * NOTE.line + 10;
  const height = tableTop + rows.reduce((sum, r) => sum + r.height, 0) + MARGIN;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}" role="img" aria-labelledby="chart-title chart-desc" xml:lang="en" font-family="${FONT}">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<desc id="chart-desc">${escapeXml([`Table of the key figures for ${period} (one period: no series to draw).`, ...series.map(describeSeries)].join("\n"))}</desc>`,
    `<rect width="100%" height="100%" fill="${PAPER}"/>`,
  ];
  titleLines.forEach((line, i) => out.push(text(MARGIN, MARGIN + TITLE.size + i * TITLE.line, line, `font-size="${TITLE.size}" font-weight="bold" fill="${INK}"`)));
  const noteTop = MARGIN + titleLines.length * TITLE.line;
  noteLines.forEach((line, i) => out.push(text(MARGIN, noteTop + NOTE.size + 2 + i * NOTE.line, line, `font-size="${NOTE.size}" fill="${MUTED}"`)));

  let top = tableTop;
  const right = MARGIN + inner;
  for (const row of rows) {
    out.push(`<g class="figure" data-indicator="${escapeXml(row.s.indicatorId)}"${row.s.category ? ` data-category="${escapeXml(row.s.category)}"` : ""}>`);
    out.push(`<title>${escapeXml(row.tooltip)}</title>`);
    out.push(`<line x1="${MARGIN}" y1="${n(top)}" x2="${n(right)}" y2="${n(top)}" stroke="${GRID}"/>`);
    let line = top + ROW_PAD;
    for (const en of row.en) {
      out.push(text(MARGIN, line + LABEL.size, en, `font-size="${LABEL.size}" fill="${INK}"`));
      line += LABEL.line;
    }
    for (const ar of row.ar) {
      out.push(text(MARGIN, line + ARABIC.size, rtl(ar), `font-size="${ARABIC.size}" xml:lang="ar" fill="${MUTED}"`));
      line += ARABIC.line;
    }
    out.push(text(right, top + ROW_PAD + VALUE.size, row.value, `class="value" text-anchor="end" font-size="${n(row.valueSize)}" font-weight="bold" fill="${INK}"`));
    if (row.unit) out.push(text(right, top + ROW_PAD + VALUE.line + UNIT.size, row.unit, `text-anchor="end" font-size="${UNIT.size}" fill="${MUTED}"`));
    out.push("</g>");
    top += row.height;
  }
  out.push(`<line x1="${MARGIN}" y1="${n(top)}" x2="${n(right)}" y2="${n(top)}" stroke="${GRID}"/>`);
  out.push("</svg>");
  return out.join("\n") + "\n";
}
