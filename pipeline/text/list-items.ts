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


/**
 * A card's item under its heading: a one-word label, a colon and the number alone ("نشرات البحث⏎وطنية: 1890⏎عربية:
 * 171"), the label naming no more than a kind of what the heading names; not under a breakdown's heading ("… حسب …"). Returns the heading line (words only, short)
 * and the item's label, when the lines between are items of the same form; else undefined.
 */
export function cardItemUnderHeading(text: string, at: number): { heading: LineSpan; label: LineSpan } | undefined {
  const line = lineAt(text, at);
  const item = cardItem.exec(text.slice(line.start, line.end));
  if (!item || line.start + item[1]!.length > at) return undefined;
  const label = { start: line.start + item.index + item[0].indexOf(item[2]!), end: line.start + item.index + item[0].indexOf(item[2]!) + item[2]!.length };
  let above = lineAbove(text, line.start);
  for (let k = 0; above && k < cardItemReach; k++, above = lineAbove(text, above.start)) {
    const content = text.slice(above.start, above.end);
    if (cardItem.test(content)) continue;
    return cardHeading.test(content) && !/(?:^|\s)حسب(?:\s|$)/u.test(content) ? { heading: above, label } : undefined;
  }
  return undefined;
}

/**
 * A card's item: one word naming a kind, a colon, a number alone ("وطنية: 1890", "عربية: ١٧١"). Longer labels name
 * what they count themselves ("ملفات معالجة: 980") or a part of the heading's whole ("الاتجار في المخدرات: 44").
 */
const cardItem = /^([^\S\n]*(\p{L}{2,16})[^\S\n]*[:：][^\S\n]*)[\p{Nd}][\p{Nd}.,٬٫ ]*[^\S\n]*$/u;

/** A card's heading: a short line of words alone ("نشرات البحث", "إشعارات وقف البحث"). */
const cardHeading = /^[^\S\n]*\p{L}[\p{L} ]{2,48}[^\S\n]*$/u;

/** How many items up a card's heading may stand. */
const cardItemReach = 6;
