// A figure as readers read it, in one language: its qualifier mark ("> 40 %"), the words a screen reader
// says instead of the mark ("more than"), the number in the language's convention, and the counted noun in
// the form the number calls for ("3 أشخاص", "71 شخصا", "5.800 ملف").
import type { UnitCatalogue } from "../../types/catalogue-units.ts";
import { QUALIFIER_SIGN, type QualifierCode } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import { type MessageKey, text } from "../i18n/messages.ts";
import { formatNumber, formatPercent, pluralCategory } from "../i18n/numbers.ts";
import type { Change } from "./figures.ts";
import { roundDerived, type UnitKind } from "./rounding.ts";

type Units = UnitCatalogue["units"];

export interface ValueParts {
  /** ">", "≈" … or "". */
  mark: string;
  /** What the mark means, in the language ("more than"), or "". */
  words: string;
  /** The number with its sign and percent sign, in the language's convention. */
  number: string;
  /** The counted noun or the unit's name; "" for a percentage. */
  unit: string;
}

export interface DerivedParts extends ValueParts {
  /** The bounds the inputs allow, formatted like the value; null when none shows. */
  interval: { lower: string; upper: string } | null;
}

const qualifierWords: Record<Exclude<QualifierCode, "">, MessageKey> = { gt: "qualifier.gt", gte: "qualifier.gte", lt: "qualifier.lt", lte: "qualifier.lte", approx: "qualifier.approx" };

function qualifierParts(lang: Lang, qualifier: QualifierCode): Pick<ValueParts, "mark" | "words"> {
  return qualifier === "" ? { mark: "", words: "" } : { mark: QUALIFIER_SIGN[qualifier], words: text(lang, qualifierWords[qualifier]) };
}

export function unitKind(units: Units, unit: string): UnitKind {
  const found = units[unit];
  if (!found) throw new Error(`the unit "${unit}" is not in the unit catalogue (pipeline/catalogue/units.json)`);
  return found.kind;
}

/** The unit's name on its own ("files", "dossiers", "ملفات"). */
export function unitLabel(lang: Lang, units: Units, unit: string): string {
  const found = units[unit];
  if (!found) throw new Error(`the unit "${unit}" is not in the unit catalogue (pipeline/catalogue/units.json)`);
  return found.label[lang];
}

function countedNoun(lang: Lang, units: Units, unit: string, value: number): string {
  const forms = units[unit]?.counted?.[lang];
  if (!forms) return unitLabel(lang, units, unit);
  return forms[pluralCategory(lang, Math.abs(value))] ?? forms.other;
}

function numberParts(lang: Lang, units: Units, unit: string, value: number, options: { decimals?: number; signed?: boolean }): Pick<ValueParts, "number" | "unit"> {
  if (unitKind(units, unit) === "percent") return { number: formatPercent(lang, value, options), unit: "" };
  return { number: formatNumber(lang, value, options), unit: countedNoun(lang, units, unit, value) };
}

/** A published figure as the source writes it (a percentage change is signed). */
export function observationParts(lang: Lang, units: Units, o: { value: number; qualifier: QualifierCode; unit: string; base_period: string | null }): ValueParts {
  return { ...qualifierParts(lang, o.qualifier), ...numberParts(lang, units, o.unit, o.value, { signed: o.base_period !== null }) };
}

/** A change in percent: as stated, or computed (then to whole percents from 10 up, one decimal below). */
export function changeParts(lang: Lang, change: Change): ValueParts {
  const decimals = change.stated ? undefined : Math.abs(change.value) >= 10 ? 0 : 1;
  return { ...qualifierParts(lang, change.qualifier), number: formatPercent(lang, change.value, { decimals, signed: true }), unit: "" };
}

/** A derived figure rounded by the rule of rounding.ts; null when it has no value. */
export function derivedParts(lang: Lang, units: Units, d: { value: number | null; qualifier: QualifierCode; lower: number | null; upper: number | null; unit: string }): DerivedParts | null {
  if (d.value === null) return null;
  const shown = roundDerived(d.value, d.qualifier, d.lower, d.upper, unitKind(units, d.unit));
  const options = { decimals: shown.decimals };
  const marks = shown.qualifier !== "" ? qualifierParts(lang, shown.qualifier) : shown.approx ? qualifierParts(lang, "approx") : { mark: "", words: "" };
  const format = (value: number) => numberParts(lang, units, d.unit, value, options).number;
  return {
    ...marks,
    ...numberParts(lang, units, d.unit, shown.value, options),
    interval: shown.interval ? { lower: format(shown.interval.lower), upper: format(shown.interval.upper) } : null,
  };
}

/** "> +40 %", "5,800 files": the parts as one plain text. */
export function plainValue(parts: ValueParts): string {
  return `${parts.mark ? `${parts.mark}\u00A0` : ""}${parts.number}${parts.unit ? ` ${parts.unit}` : ""}`;
}
