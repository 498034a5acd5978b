/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

export type Indicator = {
  id: Id;
  label: Labels;
  /**
   * What is counted, in English, precisely enough to compare sources.
   */
  description: string;
  /**
   * The unit of the value: a counted noun in English ('files'), or 'percent'.
   */
  unit: string;
  /**
   * count: a number of things in the period; percent_change: the change of a count against a base period, in percent; share: a part of a whole, in percent (by category when the indicator has a breakdown).
   */
  kind: "count" | "percent_change" | "share";
  /**
   * For a percent_change: the count indicator whose change it is. A percentage maps to it when a change word precedes it in its clause (or in the previous change of its sentence), the count it follows in the sentence (or the noun the sentence names) is of this indicator, and a base period follows it.
   */
  change_of?: string;
  /**
   * A count indicator this one is a part of: its value may not be larger (checked by validate across sources and periods).
   */
  part_of?: string;
  /**
   * For a share: the breakdown (pipeline/catalogue/breakdowns.json) whose categories it is given by; a figure then needs one category named in its clause.
   */
  breakdown?: string;
  /**
   * Plausible values; a value outside is held back before it is compared with the other figures of its indicator and period (a count of the whole year's arrests, read as the wanted persons arrested, holds back itself only).
   */
  range?: {
    min?: number;
    max?: number;
  };
  /**
   * The id of a breakdown (breakdowns.json) whose categories are kinds of what this indicator counts ('ملفات المخدرات', 'قضايا الهجرة'): a count of this indicator whose clause names exactly one category of it ('وتتصدر قضايا المخدرات بـ1055 ملفا', 'أي 1055 ملفا' after 'يتعلق ملف من كل ثلاثة بالمخدرات') is that category's count, not the count the indicator tracks, and is held back.
   */
  parts_by?: string;
  /**
   * Whether a count of this indicator whose clause names one partner (a partner_country category, or a partner body of grammar-words partner_bodies: 'دورات نظمتها وكالات أمريكية', 'في إطار برنامج الشراكة مع الاتحاد الأوروبي') is that partner's part of the count, not the count the indicator tracks, and a count of persons from partner countries ('64 إطارا أمنيا من مالي والنيجر') is not of the DGSN's own: both are held back. For counts of the DGSN's own people reported by partner, as training is.
   */
  one_partner_is_part?: boolean;
  /**
   * The patterns by which a number is recognised as this indicator (counts and shares).
   *
   * @minItems 1
   */
  cues?: [Pattern, ...Pattern[]];
} & {
  id: Id;
  label: Labels;
  /**
   * What is counted, in English, precisely enough to compare sources.
   */
  description: string;
  /**
   * The unit of the value: a counted noun in English ('files'), or 'percent'.
   */
  unit: string;
  /**
   * count: a number of things in the period; percent_change: the change of a count against a base period, in percent; share: a part of a whole, in percent (by category when the indicator has a breakdown).
   */
  kind: "count" | "percent_change" | "share";
  /**
   * For a percent_change: the count indicator whose change it is. A percentage maps to it when a change word precedes it in its clause (or in the previous change of its sentence), the count it follows in the sentence (or the noun the sentence names) is of this indicator, and a base period follows it.
   */
  change_of?: string;
  /**
   * A count indicator this one is a part of: its value may not be larger (checked by validate across sources and periods).
   */
  part_of?: string;
  /**
   * For a share: the breakdown (pipeline/catalogue/breakdowns.json) whose categories it is given by; a figure then needs one category named in its clause.
   */
  breakdown?: string;
  /**
   * Plausible values; a value outside is held back before it is compared with the other figures of its indicator and period (a count of the whole year's arrests, read as the wanted persons arrested, holds back itself only).
   */
  range?: {
    min?: number;
    max?: number;
  };
  /**
   * The id of a breakdown (breakdowns.json) whose categories are kinds of what this indicator counts ('ملفات المخدرات', 'قضايا الهجرة'): a count of this indicator whose clause names exactly one category of it ('وتتصدر قضايا المخدرات بـ1055 ملفا', 'أي 1055 ملفا' after 'يتعلق ملف من كل ثلاثة بالمخدرات') is that category's count, not the count the indicator tracks, and is held back.
   */
  parts_by?: string;
  /**
   * Whether a count of this indicator whose clause names one partner (a partner_country category, or a partner body of grammar-words partner_bodies: 'دورات نظمتها وكالات أمريكية', 'في إطار برنامج الشراكة مع الاتحاد الأوروبي') is that partner's part of the count, not the count the indicator tracks, and a count of persons from partner countries ('64 إطارا أمنيا من مالي والنيجر') is not of the DGSN's own: both are held back. For counts of the DGSN's own people reported by partner, as training is.
   */
  one_partner_is_part?: boolean;
  /**
   * The patterns by which a number is recognised as this indicator (counts and shares).
   *
   * @minItems 1
   */
  cues?: [Pattern, ...Pattern[]];
};
export type Id = string;
/**
 * Counts only. The counted noun: the first word after the number (past من), the dual noun itself ('عمليتين'), or, when no noun follows, the noun the clause names before it ('بلغ عدد الإنابات 143').
 *
 * @minItems 1
 */
export type Words = [Word, ...Word[]];
/**
 * One folded Arabic word without clitics.
 */
export type Word = string;
/**
 * Counts only. Forms of the counted noun that name a part of what the indicator counts, not all of it: 'استفادت 35 شرطية من دورات تكوينية' (policewomen) is no count of the police staff trained, though 'شرطي' is.
 *
 * @minItems 1
 */
export type Words1 = [Word, ...Word[]];
/**
 * Counts only. The word right after the counted noun, its adjective: 'مواطنا مغربيا' (مغربي) against 'مواطنا أجنبيا' (اجنبي); with genitive, the adjective after the genitive.
 *
 * @minItems 1
 */
export type Words2 = [Word, ...Word[]];
/**
 * Counts only. The noun right after the counted noun, in a construct with it ('مذكرة بحث دولية': بحث); qualified_by is then the adjective after that noun, of the whole construct (دولية: an international search warrant, not a search notice of the international cooperation's clause). The construct names the thing itself, so it counts as two conditions: it ties a pattern of three context words anywhere in the clause, and the tie is held back, unless the other pattern takes the construct's own genitive for one of its words ('39 مذكرة توقيف دولية' against a cancellation's توقيف … دولية … بحث): then the construct wins (patterns.ts decide).
 *
 * @minItems 1
 */
export type Words3 = [Word, ...Word[]];
/**
 * Counts only. Words the adjective right after the counted noun must not be: 'مواطنا أجنبيا' is no count of persons extradited to Morocco.
 *
 * @minItems 1
 */
export type Words4 = [Word, ...Word[]];
/**
 * Word groups that must each be present in the number's clause.
 *
 * @minItems 1
 */
export type WordGroups = [Words5, ...Words5[]];
/**
 * @minItems 1
 */
export type Words5 = [Word, ...Word[]];
/**
 * Word groups that must each be present in the sentence, from its start to the end of the number's clause ('... تكوين 1200 شرطي، 70% منها حضوريا').
 *
 * @minItems 1
 */
export type WordGroups1 = [Words5, ...Words5[]];
/**
 * Word groups that must each be present in the sentence before the number ('وبخصوص السيارات المسروقة، ... عالجت المصالح 205 ملفات'): a topic the sentence opened with, not one it turns to after the number.
 *
 * @minItems 1
 */
export type WordGroups2 = [Words5, ...Words5[]];
/**
 * Words that must not be in the number's clause.
 *
 * @minItems 1
 */
export type Words6 = [Word, ...Word[]];
/**
 * Words that must not be in the number's clause nor before it on its line, in its sentence: a list of shares whose first item says what they are shares of ('وتصدرت إسبانيا قائمة البلدان المستضيفة (24 في المائة من الدورات المنظمة بالخارج)، تليها فرنسا (21 في المائة)': shares of training courses, not of exchanges).
 *
 * @minItems 1
 */
export type Words7 = [Word, ...Word[]];

/**
 * The indicators the pipeline publishes and the cues that map a number in a text to one of them (pipeline/catalogue/indicators.json). Cue words are written normalised and folded (no diacritics or tatweel; أ/إ/آ as ا, ة as ه, ى as ي) and without clitics (و، ف، ب، ل، ك، ال); pipeline/extract/cue-affixes.json lists the prefixes and endings a word of the text may add.
 */
export interface IndicatorCatalogue {
  /**
   * @minItems 1
   */
  indicators: [Indicator, ...Indicator[]];
  /**
   * Words announcing a change (زيادة، ارتفاع، انخفاض …): before a percentage in its clause, they make it a percentage change and give its sign.
   */
  change_words: {
    increase: Words5;
    decrease: Words5;
  };
}
export interface Labels {
  ar: string;
  en: string;
  fr: string;
}
/**
 * One way a text states a figure of this indicator. All of a pattern's conditions must hold; the indicator whose matching pattern has the most conditions wins, and two indicators tied at the top are an ambiguity (the figure is held back). A number's clause runs from the last clause mark (، ؛ ; , -) or number before it to the first clause mark or number after it, within its sentence.
 */
export interface Pattern {
  counted?: Words;
  not_counted?: Words1;
  qualified_by?: Words2;
  genitive?: Words3;
  not_qualified_by?: Words4;
  /**
   * Counts only. The pattern does not hold when the number's clause sends what it counts to a foreign country ('تسليم 210 أشخاص إلى إسبانيا', a partner_country category after 'إلى'): no handing over to Morocco.
   */
  not_sent_abroad?: boolean;
  context?: WordGroups;
  topic?: WordGroups1;
  earlier?: WordGroups2;
  exclude?: Words6;
  exclude_topic?: Words7;
}
