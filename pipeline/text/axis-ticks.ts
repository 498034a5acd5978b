// The ticks of a chart's axis, as a page copied as text shows them: round numbers evenly spaced, one to a line
// ("7000⏎6000⏎…⏎1000⏎0") or in one row ("0 | 50 | 100 | 150"). They give the chart's scale, not a figure.
import { asciiDigits } from "../arabic/normalise.ts";
import { lineAbove, lineBelow, type LineSpan, shortLineAt } from "./lines.ts";

/** A line holding one whole number and nothing else ("7000", "1 000", "١٬٠٠٠"). */
const numberAlone = /^[^\S\n]*[0-9٠-٩]{1,3}(?:[,٬  ]?[0-9٠-٩]{3})*[^\S\n]*$/u;

/** A line holding only whole numbers, set apart by bars or spaces ("0 | 50 | 100 | 150"). */
const numbersRow = /^[^\S\n]*[0-9٠-٩]+(?:[^\S\n]*\|[^\S\n]*[0-9٠-٩]+|[^\S\n]+[0-9٠-٩]+)+[^\S\n]*$/u;

/** The fewest ticks an axis shows. */
const fewestTicks = 4;

/** How many lines of ticks an axis may have. */
const mostTicks = 30;

/** A tick's value: its digits, grouping marks left out. */
const tickValue = (cell: string) => Number(asciiDigits(cell).replace(/[^0-9]/gu, ""));

/** A step an axis takes: 1, 2, 2.5 or 5 times a power of ten, at least 10 ("0 | 50 | 100", not "1 2 3 4"). */
function roundStep(step: number): boolean {
  if (step < 10) return false;
  const scale = 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((m) => Math.abs(step - m * scale) < 1e-9);
}

/** Whether values are the ticks of an axis: enough of them, evenly spaced by a round step, up or down. */
function evenlySpaced(values: readonly number[]): boolean {
  if (values.length < fewestTicks) return false;
  const step = values[1]! - values[0]!;
  return roundStep(Math.abs(step)) && values.every((v, i) => i === 0 || v - values[i - 1]! === step) && values.every((v) => v % Math.abs(step) === 0);
}

const textOf = (text: string, line: LineSpan) => text.slice(line.start, line.end);

/** The values of the lines above and below `line` that each hold a number alone, with its own, in order. */
function columnAround(text: string, line: LineSpan): number[] {
  const above: number[] = [];
  for (let l = lineAbove(text, line.start); l && above.length < mostTicks && numberAlone.test(textOf(text, l)); l = lineAbove(text, l.start)) above.unshift(tickValue(textOf(text, l)));
  const below: number[] = [];
  for (let l = lineBelow(text, line.end); l && below.length < mostTicks && numberAlone.test(textOf(text, l)); l = lineBelow(text, l.end)) below.push(tickValue(textOf(text, l)));
  return [...above, tickValue(textOf(text, line)), ...below];
}

/** A tick, then the end of its line, a bar or another tick ("7000⏎", "50 | 100"). */
const tickEnd = /^[0-9٠-٩,٬  ]*(?:[^\S\n]*(?:\n|\||$)|[^\S\n]+[0-9٠-٩])/u;

/** How far the look after a number reaches for the end of its tick. */
const tickReach = 24;

/** The longest line of ticks: a longer one is prose, and a number on it looks no further (linear in the text). */
const longestRow = 120;

/** Whether the number at `offset` is a tick of a chart's axis: alone on its line in a column of ticks, or in a row of them. */
export function onChartAxis(text: string, offset: number): boolean {
  // A tick stands alone or between bars and spaces: most numbers of a text have a word right after them.
  if (!tickEnd.test(text.slice(offset, offset + tickReach))) return false;
  const line = shortLineAt(text, offset, longestRow);
  if (!line) return false;
  const content = textOf(text, line);
  if (numberAlone.test(content)) return evenlySpaced(columnAround(text, line));
  return numbersRow.test(content) && evenlySpaced(content.split(/[^\S\n]*\|[^\S\n]*|[^\S\n]+/u).filter((c) => c !== "").map(tickValue));
}
