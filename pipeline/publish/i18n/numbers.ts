// Numbers as each language's readers write them: "5,800" in English, "5 800" in French (narrow no-break
// space) and "5.800" in Arabic with Western digits and a decimal comma, as Moroccan outlets print them
// (CLDR's ar-MA). The output does not depend on the machine's LANG or TZ (a test runs it under several).
//
// Written here from each language's marks in its message table (group and decimal marks, signs, the percent
// pattern), as CLDR has them, rather than by Intl.NumberFormat: the first one of a process loaded ICU's number
// data, about 30 ms of every fresh publication, to write at most a few thousand short numbers. A test compares
// both on random numbers of every magnitude, every count of decimals, signed or not, in each language.
import type { Lang } from "./languages.ts";
import { assertFinite, groupDigits } from "../format.ts";
import { messageTable } from "./tables.ts";

/** The CLDR locale of each language, for its plural rules. */
const locale: Record<Lang, string> = { en: "en", fr: "fr", ar: "ar-MA" };

export interface NumberOptions {
  /** Digits after the decimal mark; by default as many as the value has (a figure is shown as written). */
  decimals?: number;
  /** "+24" for a change; zero has no sign. */
  signed?: boolean;
}

/** Digits after the decimal point of a value as JavaScript writes it (1234567.25 → 2). */
export function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes("e")) return 0;
  return text.split(".")[1]?.length ?? 0;
}

/**
 * The digits of |value| rounded to `decimals` places, half away from zero, as ICU rounds: from the shortest
 * decimal that reads back as the same double (1.005 is "1.005", so 1.01 at two places), not its binary value.
 */
function roundedDigits(value: number, decimals: number): { whole: string; fraction: string } {
  const [mantissa, exponent] = Math.abs(value).toExponential().split("e") as [string, string];
  let digits = mantissa.replace(".", "");
  let point = Number(exponent) + 1;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point + decimals, "0");
  const roundUp = (digits[point + decimals] ?? "0") >= "5";
  digits = digits.slice(0, point + decimals);
  if (roundUp) digits = incremented(digits);
  const wholeLength = digits.length - decimals;
  return { whole: digits.slice(0, wholeLength).replace(/^0+(?=\d)/, ""), fraction: digits.slice(wholeLength) };
}

/** A string of decimal digits plus one ("0999" → "1000"; "99" → "100"). */
function incremented(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits[index] === "9") index--;
  if (index < 0) return `1${"0".repeat(digits.length)}`;
  return `${digits.slice(0, index)}${Number(digits[index]) + 1}${"0".repeat(digits.length - index - 1)}`;
}

/** The number with its sign: a negative one always has it (-0 too); a signed one (a change) "+" or "-" unless it rounds to zero. */
function written(lang: Lang, value: number, options: NumberOptions): string {
  assertFinite(value);
  const table = messageTable(lang);
  const decimals = Math.min(options.decimals ?? decimalsOf(value), 20);
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`cannot show ${value} with ${decimals} decimals`);
  const { whole, fraction } = roundedDigits(value, decimals);
  const negative = value < 0 || Object.is(value, -0);
  const roundsToZero = /^0*$/.test(whole + fraction);
  const sign = negative && !(options.signed && roundsToZero) ? table["number.minus"] : options.signed && !roundsToZero ? table["number.plus"] : "";
  return `${sign}${groupDigits(whole, table["number.group"])}${fraction ? table["number.decimal"] + fraction : ""}`;
}

export function formatNumber(lang: Lang, value: number, options: NumberOptions = {}): string {
  return written(lang, value, options);
}

/** 59.66 → "59.7%" / "59,7 %" / "59,7‎%‎": the value is in percent already. */
export function formatPercent(lang: Lang, value: number, options: NumberOptions = {}): string {
  return messageTable(lang)["number.percent"].replace("{number}", written(lang, value, options));
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
