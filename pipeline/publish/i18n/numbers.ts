// Numbers as each language's readers write them: "5,800" in English, "5 800" in French (narrow no-break
// space) and "5.800" in Arabic with Western digits and a decimal comma, as Moroccan outlets print them
// (CLDR's ar-MA). Intl with explicit locales and options only: the output does not depend on the machine's
// LANG or TZ (a test runs it under several), only on the ICU data of Node, which a test pins with examples.
import type { Lang } from "./languages.ts";

const locale: Record<Lang, string> = { en: "en", fr: "fr", ar: "ar-MA" };

export interface NumberOptions {
  /** Digits after the decimal mark; by default as many as the value has (a figure is shown as written). */
  decimals?: number;
  /** "+24" for a change; zero has no sign. */
  signed?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, decimals: number, signed: boolean, percent: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${signed}|${percent}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale[lang], {
      numberingSystem: "latn",
      useGrouping: true,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? "exceptZero" : "auto",
      ...(percent ? { style: "unit", unit: "percent", unitDisplay: "short" } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

/** Digits after the decimal point of a value as JavaScript writes it (1234567.25 → 2). */
export function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes("e")) return 0;
  return text.split(".")[1]?.length ?? 0;
}

function check(value: number): void {
  if (!Number.isFinite(value)) throw new Error(`cannot show the non-finite number ${value}: a published figure is always finite`);
}

export function formatNumber(lang: Lang, value: number, options: NumberOptions = {}): string {
  check(value);
  return formatter(lang, Math.min(options.decimals ?? decimalsOf(value), 20), options.signed ?? false, false).format(value);
}

/** 59.66 → "59.7%" / "59,7 %" / "59,7‎%‎": the value is in percent already. */
export function formatPercent(lang: Lang, value: number, options: NumberOptions = {}): string {
  check(value);
  return formatter(lang, Math.min(options.decimals ?? decimalsOf(value), 20), options.signed ?? false, true).format(value);
}

/** The CLDR plural category of a count in a language, to pick the form of the noun after it. */
const pluralRules = new Map<Lang, Intl.PluralRules>();
export function pluralCategory(lang: Lang, value: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(locale[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(value);
}

/** "1.5 MB" / "1,5 Mo" / "1,5 ميغابايت": SI units, one decimal; exact below 1000 bytes. */
export function formatBytes(lang: Lang, bytes: number, units: { byte: string; bytes: string; kB: string; MB: string; GB: string }): string {
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new Error(`formatBytes: ${bytes} is not a byte count`);
  if (bytes < 1000) return `${formatNumber(lang, bytes)}\u00A0${bytes === 1 ? units.byte : units.bytes}`;
  const scales = [units.kB, units.MB, units.GB];
  let scaled = bytes / 1000;
  let scale = 0;
  while (Math.round(scaled * 10) / 10 >= 1000 && scale < scales.length - 1) {
    scaled /= 1000;
    scale += 1;
  }
  return `${formatNumber(lang, Math.round(scaled * 10) / 10, { decimals: 1 })}\u00A0${scales[scale]}`;
}
