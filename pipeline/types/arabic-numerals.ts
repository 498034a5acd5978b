/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * @minItems 1
 */
export type Forms = [Word, ...Word[]];
/**
 * An Arabic word without diacritics or tatweel.
 */
export type Word = string;
/**
 * Set when the forms are dialectal rather than Modern Standard Arabic.
 */
export type Dialect = "egyptian" | "moroccan";
/**
 * عشر/عشرة after a teen head (ثلاثة عشر، إحدى عشرة). Each must also be a unit of value 10.
 *
 * @minItems 1
 */
export type Forms1 = [Word, ...Word[]];
/**
 * ألف: 1000 alone, or times the number before it.
 *
 * @minItems 1
 */
export type Forms2 = [Word, ...Word[]];
/**
 * ألفان/ألفين: two of the scale, never after a number.
 *
 * @minItems 1
 */
export type Forms3 = [Word, ...Word[]];
/**
 * آلاف: only times a number before it; alone it is vague ('thousands of').
 *
 * @minItems 1
 */
export type Forms4 = [Word, ...Word[]];
/**
 * ألفا: times the number before it (أحد عشر ألفا); at the start of a number and followed by و and the rest of it, or written with its tanween (ألفاً), the accusative singular (ألفا و312 = 1312, ألفاً = 1000); otherwise alone, the dual in construct (ألفا درهم = 2000).
 *
 * @minItems 1
 */
export type Forms5 = [Word, ...Word[]];
/**
 * ألفي: the oblique dual in construct, two of the scale.
 *
 * @minItems 1
 */
export type Forms6 = [Word, ...Word[]];
/**
 * The word for the decimal point between two numbers (واحد فاصلة خمسة).
 *
 * @minItems 1
 */
export type Forms7 = [Word, ...Word[]];
/**
 * Words for 'minus' written before a number (سالب 5، ناقص ثلاثة): the number is negative. After a number they are the operator ('5 ناقص 3'), and the numbers stay positive.
 *
 * @minItems 1
 */
export type Forms8 = [Word, ...Word[]];
/**
 * Moroccan Arabic's 'of' between a number and a scale word in the plural with the article ('ربعة د الألاف', four thousand; 'ستة ديال الملايين'): the number multiplies the scale. Not a number word alone, never with clitics.
 *
 * @minItems 1
 */
export type Forms9 = [Word, ...Word[]];
/**
 * Words of quantity that are not numbers (عشرات 'dozens of', مئات, بضعة): never a mention; listed so that no entry above takes them.
 *
 * @minItems 1
 */
export type Forms10 = [Word, ...Word[]];

/**
 * The Arabic number words the recognizer composes (pipeline/arabic/lexicon/numerals.json). Forms are written as in print, without diacritics or tatweel; the recognizer folds them (أ إ آ → ا, ة → ه, ى → ي) and adds the clitics و ف ب ل ك ال itself. A folded form may belong to one entry only.
 */
export interface ArabicNumerals {
  /**
   * Words for 0 to 10, with what each may do in a compound number.
   */
  units: Unit[];
  teenTails: Forms1;
  /**
   * One-word teens (11 to 19), as in Egyptian حداشر، تلتاشر.
   */
  teens: Valued[];
  /**
   * 20 to 90 in the nominative (ون) and the oblique (ين).
   */
  tens: Valued[];
  /**
   * 100 to 900: مائة/مئة, the duals, and the fused forms (ثلاثمائة).
   */
  hundreds: Hundred[];
  /**
   * ألف, مليون, مليار, تريليون with their grammatical numbers.
   */
  scales: Scale[];
  /**
   * نصف, ربع: a fraction of a scale word (نصف مليون) or added after one (مليون ونصف). Never a number alone.
   */
  fractions: Fraction[];
  decimalPoints: Forms7;
  minusWords: Forms8;
  scaleLinkers: Forms9;
  vague: Forms10;
}
export interface Unit {
  value: number;
  forms: Forms;
  /**
   * Is a number on its own (واحد yes; أحد and اثنا only inside a compound).
   */
  standalone: boolean;
  /**
   * May be followed by عشر/عشرة to make value + 10.
   */
  teenHead: boolean;
  /**
   * May be followed by و and a ten (خمسة وعشرون).
   */
  tensHead: boolean;
  /**
   * May be followed by مائة/مئة to make value × 100 (ثلاث مائة).
   */
  hundredHead: boolean;
  dialect?: Dialect;
}
export interface Valued {
  value: number;
  forms: Forms;
  dialect?: Dialect;
}
export interface Hundred {
  value: number;
  forms: Forms;
  /**
   * Is a number on its own; false for forms that are also common other words (Egyptian متين is also 'solid'), which count only inside a longer number.
   */
  standalone: boolean;
  /**
   * May follow a unit 3–9 written apart (ثلاث مائة).
   */
  multipliable: boolean;
  dialect?: Dialect;
}
export interface Scale {
  value: 1000 | 1000000 | 1000000000 | 1000000000000;
  singular: Forms2;
  dual: Forms3;
  plural: Forms4;
  accusative: Forms5;
  dualConstruct: Forms6;
}
export interface Fraction {
  value: number;
  forms: Forms;
}
