/**
 * "The figures per indicator and year" as one self-contained SVG: a grid of small multiples, one panel per
 * indicator, one bar per period. Each panel has its own scale because the indicators range from a handful of
 * people to thousands; the values are printed on the bars so nobody has to read them off an axis.
 *
 * Deterministic by construction: no locale-dependent formatting, no Date, coordinates rounded to 2 decimals,
 * text widths estimated from character counts (not measured with fonts that differ between machines).
 */

import { escapeMarkup as escapeXml, formatNumber, QUALIFIER_SIGN, qualifierPrefix } from "./format.ts";

export interface ChartSeries {
  indicatorId: string;
  /** English */
  label: string;
  labelAr: string;
  unit: string;
  points: Array<{ period: string; value: number; qualifier: "" | "gt" | "gte" | "lt" | "lte" | "approx" }>;
}
type Qualifier = ChartSeries["points"][number]["qualifier"];

const FONT = "'DejaVu Sans', 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif";
const INK = "#1f2328";
const MUTED = "#57606a"; // 6:1 on white, readable at 11px
const BAR = "#2f6690";
const BAR_QUALIFIED = "#a9c6de";

const COLUMNS = 3;
const MARGIN = 24;
const GAP = 20;
const PANEL_W = 300;
const PAD = 14; // inside a panel
const PLOT_H = 140;
const VALUE_SPACE = 18; // above the tallest bar, for its label
const AXIS_SPACE = 24; // below the baseline, for the periods
const TOP = 78; // chart title and subtitle
const EN = { size: 13, line: 17, maxLines: 2 };
const AR = { size: 14, line: 20, maxLines: 2 };
const UNIT_LINE = 18;

/** Coordinates with at most 2 decimals and never "-0", so the same input always prints the same digits. */
function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}


function formatPoint(point: { value: number; qualifier: Qualifier }): string {
  return QUALIFIER_SIGN[point.qualifier] + formatNumber(point.value);
}

/** Greedy word wrap on an estimated character budget; the last allowed line ends in "…" if text remains. */
function wrap(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const budget = Math.max(4, Math.floor(width / (fontSize * 0.6)));
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if ([...candidate].length <= budget || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const kept = lines.slice(0, maxLines).map((line) => ([...line].length > budget ? [...line].slice(0, budget - 1).join("") + "…" : line));
  if (lines.length > maxLines) {
    const last = [...(kept[maxLines - 1] ?? "")];
    kept[maxLines - 1] = last.slice(0, Math.min(last.length, budget - 1)).join("") + "…";
  }
  return kept;
}

function text(x: number, y: number, content: string, attributes = ""): string {
  return `<text x="${n(x)}" y="${n(y)}"${attributes ? " " + attributes : ""}>${escapeXml(content)}</text>`;
}

interface PanelLayout {
  en: string[][];
  ar: string[][];
  headerH: number;
  panelH: number;
}

function layout(series: ChartSeries[]): PanelLayout {
  const inner = PANEL_W - 2 * PAD;
  const en = series.map((s) => wrap(s.label, inner, EN.size, EN.maxLines));
  const ar = series.map((s) => wrap(s.labelAr, inner, AR.size, AR.maxLines));
  // Every panel gets the same header height (the unit line sits at its bottom), so the plots line up.
  const enLines = Math.max(1, ...en.map((lines) => lines.length));
  const arLines = Math.max(1, ...ar.map((lines) => lines.length));
  const headerH = PAD + enLines * EN.line + arLines * AR.line + UNIT_LINE;
  return { en, ar, headerH, panelH: headerH + VALUE_SPACE + PLOT_H + AXIS_SPACE + PAD / 2 };
}

function renderPanel(s: ChartSeries, x: number, y: number, en: string[], ar: string[], frame: PanelLayout): string {
  const centre = x + PANEL_W / 2;
  const out: string[] = [`<g class="panel" data-indicator="${escapeXml(s.indicatorId)}">`];
  out.push(`<rect x="${n(x)}" y="${n(y)}" width="${PANEL_W}" height="${n(frame.panelH)}" rx="4" fill="#ffffff" stroke="#d0d7de"/>`);

  // Centred titles: text-anchor "middle" means the same thing in both directions, whereas "start"/"end"
  // flip under direction="rtl" and renderers disagree on it.
  let top = y + PAD; // top of the next line; the Arabic label follows the English one directly
  for (const line of en) {
    out.push(text(centre, top + EN.size, line, `text-anchor="middle" font-size="${EN.size}" font-weight="bold" fill="${INK}"`));
    top += EN.line;
  }
  for (const line of ar) {
    out.push(text(centre, top + AR.size, line, `text-anchor="middle" font-size="${AR.size}" direction="rtl" xml:lang="ar" fill="${INK}"`));
    top += AR.line;
  }
  out.push(text(centre, y + frame.headerH - 4, `unit: ${s.unit}`, `text-anchor="middle" font-size="11" fill="${MUTED}"`));

  const plotTop = y + frame.headerH + VALUE_SPACE;
  const plotLeft = x + PAD;
  const plotW = PANEL_W - 2 * PAD;
  const points = [...s.points].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  if (points.length === 0) {
    out.push(text(centre, plotTop + PLOT_H / 2, "no data", `text-anchor="middle" font-size="12" fill="${MUTED}"`));
    out.push("</g>");
    return out.join("\n");
  }

  // The panel's own scale, always including zero so bar lengths stay proportional to the values.
  const hi = Math.max(0, ...points.map((p) => p.value));
  const lo = Math.min(0, ...points.map((p) => p.value));
  const span = hi - lo || 1;
  const zeroY = plotTop + (hi / span) * PLOT_H;
  const slot = plotW / points.length;
  const barW = Math.min(slot * 0.64, 56);

  points.forEach((point, index) => {
    const left = plotLeft + index * slot;
    const mid = left + slot / 2;
    const height = (Math.abs(point.value) / span) * PLOT_H;
    const top = point.value >= 0 ? zeroY - height : zeroY;
    const label = formatPoint(point);
    const qualified = point.qualifier !== "";
    const fill = qualified ? `fill="${BAR_QUALIFIED}" stroke="${BAR}" stroke-dasharray="3 2"` : `fill="${BAR}"`;
    const tooltip = `${point.period}: ${qualifierPrefix(point.qualifier)}${formatNumber(point.value)} ${s.unit}`;
    out.push(
      `<rect class="bar" x="${n(mid - barW / 2)}" y="${n(top)}" width="${n(barW)}" height="${n(height)}" ${fill}><title>${escapeXml(tooltip)}</title></rect>`,
    );
    // Shrink a label that would spill into the next slot rather than let neighbours overlap.
    const valueSize = fit(label, slot, 11);
    const valueY = point.value >= 0 ? top - 5 : top + height + valueSize + 2;
    out.push(text(mid, valueY, label, `text-anchor="middle" font-size="${n(valueSize)}" fill="${INK}"`));
    out.push(text(mid, zeroY + AXIS_SPACE - 8, point.period, `text-anchor="middle" font-size="${n(fit(point.period, slot, 11))}" fill="${MUTED}"`));
  });
  out.push(`<line x1="${n(plotLeft)}" y1="${n(zeroY)}" x2="${n(plotLeft + plotW)}" y2="${n(zeroY)}" stroke="#8c959f"/>`);
  out.push("</g>");
  return out.join("\n");
}

/** Font size (at most `max`, at least 7) at which `label` fits in `width`, by the same estimate as `wrap`. */
function fit(label: string, width: number, max: number): number {
  return Math.max(7, Math.min(max, (width - 4) / ([...label].length * 0.6)));
}

function describe(series: ChartSeries[]): string {
  const panels = series.map((s) => {
    const values = [...s.points]
      .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
      .map((p) => `${p.period}: ${qualifierPrefix(p.qualifier)}${formatNumber(p.value)}`);
    return `${s.label} (${s.labelAr}; ${s.unit}): ${values.length ? values.join(", ") : "no data"}.`;
  });
  return `Bar charts, one panel per indicator, each with its own scale. ${panels.join(" ")}`;
}

export function renderChartSvg(series: ChartSeries[], options: { title?: string } = {}): string {
  const title = options.title ?? "Figures per indicator and year";
  const columns = Math.max(1, Math.min(COLUMNS, series.length));
  const frame = layout(series);
  const rows = Math.ceil(series.length / columns);
  // Wide enough for the grid and for the title (estimated like the other texts: it is never wrapped).
  const width = Math.ceil(Math.max(columns * PANEL_W + (columns - 1) * GAP, [...title].length * 18 * 0.6) + 2 * MARGIN);
  const anyQualified = series.some((s) => s.points.some((p) => p.qualifier !== ""));
  const legend = anyQualified
    ? wrap("Light, dashed bars: the source gives a bound or an approximation (> more than, ≥ at least, < less than, ≤ at most, ≈ about).", width - 2 * MARGIN, 12, 3)
    : [];
  const gridBottom = series.length ? TOP + rows * frame.panelH + (rows - 1) * GAP : TOP + 40;
  const height = gridBottom + (legend.length ? 12 + legend.length * 16 : 0) + MARGIN;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}" role="img" aria-labelledby="chart-title chart-desc" xml:lang="en" font-family="${FONT}">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<desc id="chart-desc">${escapeXml(series.length ? describe(series) : "No data.")}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(MARGIN, 36, title, `font-size="18" font-weight="bold" fill="${INK}"`),
  ];
  if (series.length === 0) {
    out.push(text(MARGIN, 64, "No data", `font-size="14" fill="${MUTED}"`));
  } else {
    out.push(text(MARGIN, 58, "One panel per indicator, each with its own scale.", `font-size="12" fill="${MUTED}"`));
    series.forEach((s, index) => {
      const x = MARGIN + (index % columns) * (PANEL_W + GAP);
      const y = TOP + Math.floor(index / columns) * (frame.panelH + GAP);
      out.push(renderPanel(s, x, y, frame.en[index] ?? [], frame.ar[index] ?? [], frame));
    });
  }
  legend.forEach((line, index) => out.push(text(MARGIN, gridBottom + 24 + index * 16, line, `font-size="12" fill="${MUTED}"`)));
  out.push("</svg>");
  return out.join("\n") + "\n";
}
