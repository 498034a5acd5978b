// Building blocks of the page's HTML: escaping, links, text direction, messages and figures as markup.
// Every text that comes from the data goes through escapeHtml; messages are escaped too, except the
// parameters a caller marks as trusted markup.
import { escapeMarkup as escapeHtml } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import { fill, type MessageKey, type Param, trusted } from "../i18n/messages.ts";
import { formatBytes as formatBytesIn } from "../i18n/numbers.ts";
import type { ReaderData } from "../reader/data.ts";
import type { ValueParts } from "../reader/values.ts";
import type { PageInput } from "./input.ts";

export { escapeHtml, trusted };

/** What every part of the page is rendered with. */
export interface Context {
  lang: Lang;
  input: PageInput;
  data: ReaderData;
  /** A message as HTML. */
  t: (key: MessageKey, params?: Record<string, Param>) => string;
}

export function context(lang: Lang, input: PageInput): Context {
  return { lang, input, data: input.data, t: (key, params = {}) => fill(lang, key, params, escapeHtml) };
}

/** "1.0.0/observations.csv" → the same, each segment percent-encoded; refuses anything that is not a plain relative path. */
export function relativeHref(path: string): string {
  const segments = path.split("/");
  if (
    path === "" ||
    path.includes("\\") ||
    /^[a-z][a-z0-9+.-]*:/i.test(path) ||
    segments.some((segment) => segment === "" || segment === "." || segment === "..")
  ) {
    throw new Error(`renderIndexPage: "${path}" is not a relative path inside output/`);
  }
  return segments.map((segment) => encodeURIComponent(segment)).join("/");
}

/** Only http(s) URLs become links to other sites; anything else (javascript:, data:, …) is shown as text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#]+/i.test(url) && !/[\u0000-\u001F\s]/.test(url);
}

function isArabic(text: string): boolean {
  // Counted in one pass, without the arrays of two global matches: this runs for every text of the pages.
  let arabic = 0;
  let latin = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a)) latin++;
    else if ((unit >= 0x0600 && unit <= 0x06ff) || (unit >= 0x0750 && unit <= 0x077f) || (unit >= 0x08a0 && unit <= 0x08ff) || (unit >= 0xfb50 && unit <= 0xfdff) || (unit >= 0xfe70 && unit <= 0xfeff)) arabic++;
  }
  return arabic > 0 && arabic >= latin;
}

/** Text of unknown language from the data, isolated so that it cannot reorder what is around it. */
export function mixedText(ctx: Context, text: string): string {
  const arabic = isArabic(text);
  if (arabic === (ctx.lang === "ar")) return `<bdi>${escapeHtml(text)}</bdi>`;
  return arabic ? `<bdi lang="ar" dir="rtl">${escapeHtml(text)}</bdi>` : `<bdi dir="auto">${escapeHtml(text)}</bdi>`;
}

export function externalLink(url: string, content: string): string {
  return `<a href="${escapeHtml(url)}" rel="external noreferrer">${content}</a>`;
}

/** A URL as visible text: always left to right, even when it holds Arabic letters. */
export function urlText(url: string): string {
  return `<span class="url" dir="ltr">${escapeHtml(url)}</span>`;
}

export function unknown(ctx: Context): string {
  return `<span class="unknown">${ctx.t("unknown")}</span>`;
}

export function orUnknown(ctx: Context, value: string | null, render: (value: string) => string = escapeHtml): string {
  return value === null || value.trim() === "" ? unknown(ctx) : render(value);
}

/**
 * A figure: the mark is hidden from screen readers, which read the words instead; the number keeps its
 * left-to-right order inside Arabic text ("> +40 %").
 */
export function valueHtml(parts: ValueParts, options: { unit?: boolean } = {}): string {
  const words = parts.words ? `<span class="visually-hidden">${escapeHtml(parts.words)} </span>` : "";
  const mark = parts.mark ? `<span class="mark" aria-hidden="true">${escapeHtml(parts.mark)}</span>\u00A0` : "";
  const unit = options.unit !== false && parts.unit ? ` <span class="unit">${escapeHtml(parts.unit)}</span>` : "";
  return `${words}<bdi class="v" dir="ltr">${mark}${escapeHtml(parts.number)}</bdi>${unit}`;
}

export function formatBytes(ctx: Context, bytes: number): string {
  return formatBytesIn(ctx.lang, bytes, {
    byte: ctx.t("size.byte"),
    bytes: ctx.t("size.bytes"),
    kB: ctx.t("size.kB"),
    MB: ctx.t("size.MB"),
    GB: ctx.t("size.GB"),
  });
}

/** A date as <time>, in the page's language. */
export function timeHtml(ctx: Context, date: string | null, label: (date: string) => string): string {
  return date === null ? unknown(ctx) : `<time datetime="${escapeHtml(date)}">${escapeHtml(label(date))}</time>`;
}
