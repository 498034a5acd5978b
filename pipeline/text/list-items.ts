// Nested lists as fact sheets lay them out: an indented sub-item ("   – أسفرت عن حجز 250 مركبة") says something of
// the item above it that is less indented ("3. ملفات المركبات المسروقة: 1312 ملفا"), whose label names the topic.
import { lineAbove, lineAt, shortLineAt, type LineSpan } from "./lines.ts";

/** A sub-item's line: indented, then a bullet ("–", "-", "•", "◦", "▪", "*", "·"). */
const subItem = /^([^\S\n]+)[–—\-•◦▪*·][^\S\n]/u;

/** How far up a sub-item's parent may stand: a few sub-items of its own between them. */
const parentReach = 12;

/** How long a list's line may be: longer, it is prose, not a list. */
const longestItem = 200;

const indentOf = (line: string) => /^[^\S\n]*/u.exec(line)![0].length;

/**
 * The label of the item a sub-item at `at` stands under: the nearest line above that is less indented, up to its
 * colon if it has one ("ملفات المركبات المسروقة"), else the whole line; undefined for a line that is no sub-item.
 */
export function parentItemLabel(text: string, at: number): LineSpan | undefined {
  const line = shortLineAt(text, at, longestItem);
  const marker = line && subItem.exec(text.slice(line.start, line.end));
  if (!line || !marker) return undefined;
  const indent = marker[1]!.length;
  let above = lineAbove(text, line.start);
  for (let step = 0; above && step < parentReach; step++, above = lineAbove(text, above.start)) {
    const content = text.slice(above.start, above.end);
    if (content.trim() === "" || content.length > longestItem) return undefined;
    if (indentOf(content) >= indent) continue;
    const colon = content.search(/[:：]/u);
    return { start: above.start, end: colon < 0 ? above.end : above.start + colon };
  }
  return undefined;
}

/** A list's item: a dash or a bullet opening the line ("- أشخاص موقوفون في قضايا الإرهاب: 103"). */
const listItem = /^[^\S\n]*[-–•▪◦*][^\S\n]/u;

/**
 * The line right above the items of the list whose item holds offset `at`, past at most `reach` items: the list's
 * heading, for its callers to judge ("ثانيا: ما انخفض"، "المكتب المركزي للأبحاث القضائية (BCIJ)"); undefined when `at` is
 * on no item or the list starts the text.
 */
export function listHeadingAbove(text: string, at: number, reach: number): LineSpan | undefined {
  let line = lineAt(text, at);
  if (!listItem.test(text.slice(line.start, line.end))) return undefined;
  for (let k = 0; k < reach; k++) {
    const above = lineAbove(text, line.start);
    if (!above || !listItem.test(text.slice(above.start, above.end))) return above;
    line = above;
  }
  return undefined;
}

