/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * How each unit of the indicators and derivations reads in Arabic, English and French (pipeline/catalogue/units.json): its name as a column value or heading, and the counted noun after a number in each plural form of the language.
 */
export interface UnitCatalogue {
  /**
   * By unit, as indicators.json and derivations.json write it ("files", "percent", "persons per warrant").
   */
  units: {
    [k: string]: Unit;
  };
}
export interface Unit {
  /**
   * count: whole things (a derived count is shown as a whole number); percent: shown with a percent sign; ratio: one quantity per another (shown to 3 significant digits).
   */
  kind: "count" | "percent" | "ratio";
  label: Trilingual;
  /**
   * The noun after a number, by CLDR plural category of each language (Intl.PluralRules): English and French one/other; Arabic one, two, few (3–10: plural), many (11–99: singular accusative), other (100 and more: singular).
   */
  counted?: {
    ar: PluralForms;
    en: PluralForms;
    fr: PluralForms;
  };
}
/**
 * The unit's name on its own: a column value (observations.unit_en …) or a table heading.
 */
export interface Trilingual {
  ar: string;
  en: string;
  fr: string;
}
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
