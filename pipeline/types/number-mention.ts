/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * One quantity recognised in a text: the exact span, its value and how it was written. Offsets are JavaScript string indices (UTF-16 code units) into the text exactly as given, end exclusive, so text === input.slice(start, end).
 */
export interface NumberMention {
  /**
   * The exact characters of the mention, from its qualifier (if any) to its last number word, percent sign or scale word; attached clitics (و، ب، ل، ف، ك، ال) in front are not part of it.
   */
  text: string;
  /**
   * The value as written: 5800 for '5 آلاف و800', 24 for '24 في المائة', 2021 for a year, −5 for 'سالب 5'; for a date, a time or an identifier, the first number written in it (12 for '12/05/2022', 10 for '10:30', 522 for '0522 12 34 56').
   */
  value: number;
  /**
   * number and percent are quantities; year is a calendar year; date and time are a date or a time of day written in digits; identifier is a digit sequence that names rather than counts (an IP address, a phone or reference number). Only numbers and percentages can be figures.
   */
  kind: "number" | "percent" | "year" | "date" | "time" | "identifier";
  start: number;
  end: number;
  /**
   * A qualifier written in front of the number (أكثر من → gt, ما لا يقل عن → gte, أقل من → lt, حوالي → approx …). Absent when there is none.
   */
  qualifier?: "gt" | "gte" | "lt" | "lte" | "approx";
  /**
   * How the number is written: digits only, number words only, digits with scale or number words ('5 آلاف و800'), or the dual of a counted noun ('عمليتين').
   */
  form: "digits" | "words" | "mixed" | "dual";
  /**
   * Digits written after the decimal separator (0 for integers); the rounding the text allows is half a unit of the last written digit.
   */
  decimals?: number;
}
