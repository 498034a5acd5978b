/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Words after which a four-digit integer is a calendar year (سنة 2021, عام 2020, سنتي 2020 و2021).
 *
 * @minItems 1
 */
export type Words = [string, ...string[]];
/**
 * A word after a four-digit integer that makes it a year (1444 هـ, written ه once the tatweel is removed).
 *
 * @minItems 1
 */
export type Words1 = [string, ...string[]];
/**
 * Ordinal words (ثالث, خامسة, حادي): not numbers; an ordinal followed by عشر/عشرة or by و and a ten is one ordinal.
 *
 * @minItems 1
 */
export type Words2 = [string, ...string[]];
/**
 * Verbs of being and reaching ('كان الرقم 5800', 'بلغ الرقم 5800'), and the demonstrative ('بلغ هذا الرقم 6312'): after one, 'الرقم' is the figure, not an identifier's marker, and the number after it is a quantity.
 *
 * @minItems 1
 */
export type Words3 = [string, ...string[]];
/**
 * Adverbs that may follow an identifier's digits ('بالرقم 19 مجانا', 'الرقم 19 دائما'): after 'رقم' and digits, an indefinite accusative word is what the digits count ('رقم 4677 ملفا'), unless it is one of these.
 *
 * @minItems 1
 */
export type Words4 = [string, ...string[]];
/**
 * Words after which the number is an identifier, not a quantity (رقم).
 *
 * @minItems 1
 */
export type Words5 = [string, ...string[]];
/**
 * Written words, clitics included, that look like a number word or a qualifier with clitics but are something else (لست 'I am not' is not ل + ست; بدون 'without' is not ب + دون): never read as a number or a qualifier.
 *
 * @minItems 1
 */
export type Words6 = [string, ...string[]];

/**
 * Words around a number that change what it is (pipeline/arabic/lexicon/context.json): year markers, month names (a day before a month is not a quantity, a year after it is a year), ordinals (not numbers, and they take the عشر of an ordinal teen with them), identifier markers (رقم 12 is a label), false friends. Each word here is folded like the number words and may not be one of them.
 */
export interface ArabicContext {
  yearMarkers: Words;
  hijriYearSuffixes: Words1;
  /**
   * Month names, Gregorian (Moroccan, Middle-Eastern, Algerian-Tunisian and Levantine names) and Hijri; صفر is left out because it is also the number zero.
   */
  months: ArabicMonth[];
  ordinals: Words2;
  figureVerbs: Words3;
  identifierAdverbs: Words4;
  identifierMarkers: Words5;
  falseFriends: Words6;
}
export interface ArabicMonth {
  /**
   * One or two words (كانون الأول).
   */
  name: string;
  month: number;
  calendar: "gregorian" | "hijri";
}
