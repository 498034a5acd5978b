// Small SVG writing helpers shared by the chart's parts. Deterministic by construction: coordinates are
// rounded to 2 decimals, text widths are estimated from character counts (fonts differ between machines).
import { escapeMarkup } from "../format.ts";

export const FONT = "'DejaVu Sans', 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif";
export const INK = "#1f2328";
export const MUTED = "#57606a"; // 6:1 on white, readable at 11px
export const SERIES = "#1f4e79"; // dark enough (9:1) to read as ink without colour vision
export const GRID = "#d0d7de";
export const PAPER = "#ffffff";

/** Coordinates with at most 2 decimals and never "-0", so the same input always prints the same digits. */
export function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export const escapeXml = escapeMarkup;

/** Average advance of a character, as a share of the font size (generous, so estimates rarely overflow). */
const CHAR_WIDTH = 0.6;

export function textWidth(content: string, fontSize: number): number {
  return [...content].length * fontSize * CHAR_WIDTH;
}

export function text(x: number, y: number, content: string, attributes = ""): string {
  return `<text x="${n(x)}" y="${n(y)}"${attributes ? " " + attributes : ""}>${escapeXml(content)}</text>`;
}

/**
 * Arabic inside a left-to-right drawing: a right-to-left embedding (U+202B … U+202C) keeps neutral
 * characters at its ends (quotes, brackets) on the right side, whatever the renderer's default direction,
 * while the line itself stays anchored like any other (text-anchor "start"/"end" mean the same everywhere).
 */
export function rtl(content: string): string {
  return `\u202B${content}\u202C`;
}

/** Greedy word wrap on an estimated character budget; the last allowed line ends in "…" if text remains. */
export function wrap(content: string, width: number, fontSize: number, maxLines: number): string[] {
  const budget = Math.max(4, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const lines: string[] = [];
  let current = "";
  for (const word of content.split(/\s+/).filter(Boolean)) {
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
