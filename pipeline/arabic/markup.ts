// Markup a scraped page kept in its text: HTML tags ("<strong>", "</td>"), a forum's BBCode ("[b]", "[/color]") and
// Markdown's emphasis ("**", "__"). A tag between a qualifier and its number ("يفوق <em>8 في المائة") or between two
// cells ("<td>153</td><td>142</td>") is no text: normalisation reads each as one space, mapped to the tag's first
// character. A tag holding a digit ("<h1>", '<img src="/2022/12/30/4512.jpg">') is left as written, so that every
// number of the raw text is still read and accounted for.

/** One tag of markup without a digit; bounded, so that a stray "<" costs a short look ahead only. */
const tag = /<\/?[A-Za-z][A-Za-z]{0,15}(?:\s[^<>\d\n]{0,200})?\/?>|\[\/?(?:b|i|u|s|color|size|font|url|quote|center|left|right|code)(?:=[^\]\d\n]{0,60})?\]|\*\*|__/giu;

/** Whether `raw` may hold markup at all: most text has none of its opening characters. */
const mayHoldMarkup = (raw: string) => /[<[*_]/u.test(raw);

/** The same, to test once (a global expression's test would move its lastIndex, which matchAll starts from). */
const anyTag = new RegExp(tag.source, "iu");

/** Whether `raw` holds a tag of markup that normalisation reads as a space. */
export function hasMarkup(raw: string): boolean {
  return mayHoldMarkup(raw) && anyTag.test(raw);
}

/** `raw` with each tag of markup read as one space, and each code unit's raw index; null when it holds none. */
export function blankMarkup(raw: string): { chars: string; origin: number[] } | null {
  if (!mayHoldMarkup(raw)) return null;
  const parts: string[] = [];
  const origin: number[] = [];
  let from = 0;
  for (const match of raw.matchAll(tag)) {
    parts.push(raw.slice(from, match.index), " ");
    for (let k = from; k <= match.index; k++) origin.push(k);
    from = match.index + match[0].length;
  }
  if (parts.length === 0) return null;
  parts.push(raw.slice(from));
  for (let k = from; k < raw.length; k++) origin.push(k);
  return { chars: parts.join(""), origin };
}

/**
 * Any tag of markup, with digits too ("<h1>", '<th width="60%">', '<img src="/2022/12/30/4512.jpg">', "[size=4]"),
 * but not one whose attributes hold Arabic ('<meta content="عالج القطب 4480 ملفا …">', an image's alt text): that
 * is text, read as such.
 */
const anyTagWithDigits = /<\/?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>\n\u0600-\u06FF]{0,400})?\/?>|\[\/?(?:b|i|u|s|color|size|font|url|img|quote|center|left|right|code|list|\*)(?:=[^\]\n\u0600-\u06FF]{0,400})?\]|\*\*|__/giu;

/**
 * `raw` with each tag of markup written as spaces ("يفوق <em>8" → "يفوق     8"), digits and all: the same offsets as
 * the raw text, for the reading of the text's layout and of the marks between words ("<tr><td>الإنابات</td><td>118"
 * is a table's row; a tag's "/" is no slash between two values). A number the recognizer reads inside a tag stands
 * on spaces there, and is ignored (ignore.json inside_markup). `raw` itself when it holds none.
 */
export function maskMarkup(raw: string): string {
  if (!mayHoldMarkup(raw)) return raw;
  return raw.replace(anyTagWithDigits, (match) => " ".repeat(match.length));
}

/** Whether a span of the raw text lies inside a tag of markup: blank in the text `maskMarkup` gave. */
export const insideMarkup = (masked: string, span: { start: number; end: number }): boolean => masked.slice(span.start, span.end).trim() === "";
