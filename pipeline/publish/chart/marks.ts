// The marks of a panel, each readable without colour: the marker's shape tells the period's length, a
// hollow marker a figure that is not exact, an arrow the side a bound leaves open, a whisker the range a
// rounded figure allows, and a line joins two figures only when they are consecutive periods of the same
// length (a missing period leaves a gap; nothing is interpolated).
import { isLowerBound, isUpperBound, type PeriodLength, type Qualifier } from "./model.ts";
import { escapeXml, MUTED, n, PAPER, SERIES } from "./svg.ts";

export const MARKER_SIZE = 4.5;
export const ARROW_LENGTH = 15;

export const LINE_DASH: Record<PeriodLength, string> = { year: "", half: "5 3", quarter: "1.5 2.5" };

/** A marker: a circle for a year, a diamond for a half-year, a triangle for a quarter; hollow when not exact. */
export function marker(length: PeriodLength, x: number, y: number, hollow: boolean, note?: { period: string; title: string }): string {
  const paint = hollow ? `fill="${PAPER}" stroke="${SERIES}" stroke-width="1.6"` : `fill="${SERIES}" stroke="${SERIES}" stroke-width="1"`;
  const r = MARKER_SIZE;
  const data = note ? ` data-period="${escapeXml(note.period)}"` : "";
  const close = (tag: string) => (note ? `><title>${escapeXml(note.title)}</title></${tag}>` : "/>");
  switch (length) {
    case "year":
      return `<circle class="mark"${data} cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${paint}${close("circle")}`;
    case "half": {
      const d = r * 1.25;
      return `<path class="mark"${data} d="M${n(x)} ${n(y - d)}L${n(x + d)} ${n(y)}L${n(x)} ${n(y + d)}L${n(x - d)} ${n(y)}Z" ${paint}${close("path")}`;
    }
    case "quarter": {
      const d = r * 1.2;
      return `<path class="mark"${data} d="M${n(x)} ${n(y - d)}L${n(x + d)} ${n(y + d * 0.8)}L${n(x - d)} ${n(y + d * 0.8)}Z" ${paint}${close("path")}`;
    }
  }
}

/** Up for "more than", down for "less than": where the true value may lie. Returns "" for other qualifiers. */
export function boundArrow(qualifier: Qualifier, x: number, y: number): string {
  const direction = isLowerBound(qualifier) ? -1 : isUpperBound(qualifier) ? 1 : 0;
  if (direction === 0) return "";
  const start = y + direction * (MARKER_SIZE + 1.5);
  const tip = y + direction * (MARKER_SIZE + ARROW_LENGTH);
  const head = 4;
  return [
    `<line class="bound" x1="${n(x)}" y1="${n(start)}" x2="${n(x)}" y2="${n(tip - direction * head)}" stroke="${SERIES}" stroke-width="1.6"/>`,
    `<path class="bound" d="M${n(x - head)} ${n(tip - direction * head)}L${n(x)} ${n(tip)}L${n(x + head)} ${n(tip - direction * head)}Z" fill="${SERIES}"/>`,
  ].join("");
}

/** A vertical whisker with caps from `yLower` to `yUpper` (screen coordinates). */
export function intervalWhisker(x: number, yLower: number, yUpper: number): string {
  const cap = 4;
  return [
    `<line class="interval" x1="${n(x)}" y1="${n(yLower)}" x2="${n(x)}" y2="${n(yUpper)}" stroke="${MUTED}" stroke-width="1.4"/>`,
    `<line class="interval" x1="${n(x - cap)}" y1="${n(yLower)}" x2="${n(x + cap)}" y2="${n(yLower)}" stroke="${MUTED}" stroke-width="1.4"/>`,
    `<line class="interval" x1="${n(x - cap)}" y1="${n(yUpper)}" x2="${n(x + cap)}" y2="${n(yUpper)}" stroke="${MUTED}" stroke-width="1.4"/>`,
  ].join("");
}

/** One polyline through consecutive points of the same length; the caller splits at gaps. */
export function seriesLine(length: PeriodLength, points: Array<[number, number]>): string {
  if (points.length < 2) return "";
  const dash = LINE_DASH[length] ? ` stroke-dasharray="${LINE_DASH[length]}"` : "";
  const coordinates = points.map(([x, y]) => `${n(x)},${n(y)}`).join(" ");
  return `<polyline class="line" data-length="${length}" points="${coordinates}" fill="none" stroke="${SERIES}" stroke-width="1.8"${dash}/>`;
}
