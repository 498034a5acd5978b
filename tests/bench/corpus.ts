// A deterministic generator of synthetic Arabic news articles in the style of the seed (raw/000_*.txt: the DGSN's
// yearly results in international police cooperation), for the benchmark (tests/bench/run.ts).
//
// - Same seed → same bytes: every random choice comes from mulberry32, seeded per article from (seed, index), so
//   article i is the same whether 20 or 10,000 are generated, and can be generated alone.
// - The figures of one indicator for one year are derived once per seed (yearFigures) and every article of that
//   year restates them, in different forms and wordings: validate rejects two sources that disagree on an
//   indicator and period, and a part larger than its whole. 2022 keeps the seed article's own figures.
// - The numbers are written in every form the recognizer handles: Western, Arabic-Indic and Eastern digits,
//   thousands separators (",", ".", spaces, "٬"), decimals with a scale word ("5,8 آلاف"), number words in both
//   genders and cases (both spellings of مائة/مئة, split "ثلاث مائة"), mixed "5 آلاف و800", duals ("عمليتين"),
//   percentages ("في المائة", "بالمئة", "%", "٪"), qualifiers ("أكثر من", "حوالي" …), years after سنة/عام,
//   attached و, diacritics, tatweel and bidi marks. The cue words come from pipeline/catalogue/indicators.json.
// - Every other sentence is prose without any number, so that the strict pipeline accounts for every figure.
//
// pathological(kind, bytes) builds inputs meant to expose super-linear time in the recognizer.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceMetadata } from "../../pipeline/types/source.ts";

// ---------------------------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes integers into one 32-bit seed (murmur3's finaliser on a running hash). */
function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
  hex(length: number): string {
    let out = "";
    while (out.length < length) out += Math.floor(this.next() * 16).toString(16);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The figures of each year

export const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

export type CountId =
  | "files_processed"
  | "interpol_multilateral_operations"
  | "controlled_deliveries"
  | "foreigners_arrested_for_us"
  | "letters_rogatory"
  | "international_arrest_warrants"
  | "wanted_persons_arrested"
  | "moroccan_citizens_arrested_abroad"
  | "national_search_notices"
  | "arab_search_notices"
  | "international_search_cancellations"
  | "arab_search_cancellations";

export type Qualifier = "gt" | "gte" | "approx";

/** A figure as every article of its year states it: the value and the qualifier written in front of it. */
export interface Statement {
  value: number;
  qualifier: Qualifier | null;
}

/** A percentage change of files_processed against a base year, as stated: direction, magnitude, qualifier. */
export interface ChangeStatement extends Statement {
  direction: 1 | -1;
  base: number;
}

export interface YearFigures {
  year: number;
  counts: Record<CountId, Statement>;
  /** Against the year before and the year before that (files_processed_pct_change). */
  changes: [ChangeStatement, ChangeStatement];
}

/** The seed article's figures (raw/000_4d99579ae10b6f9f.txt, 2022). */
const seedYear = 2022;
const seedCounts: Record<CountId, number> = {
  files_processed: 5800,
  interpol_multilateral_operations: 5,
  controlled_deliveries: 2,
  foreigners_arrested_for_us: 3,
  letters_rogatory: 143,
  international_arrest_warrants: 106,
  wanted_persons_arrested: 119,
  moroccan_citizens_arrested_abroad: 71,
  national_search_notices: 3362,
  arab_search_notices: 380,
  international_search_cancellations: 2169,
  arab_search_cancellations: 347,
};
/** Files processed in 2021 and 2020 consistent with the seed's "24 في المائة مقارنة مع سنة 2021، وبأكثر من 40 في المائة مع سنة 2020". */
const seedFiles: Record<number, number> = { 2021: 4677, 2020: 4050 };

/** Small counts are drawn in a range; the others walk from the seed's value by a yearly factor. */
const smallRanges: Partial<Record<CountId, [number, number]>> = {
  interpol_multilateral_operations: [3, 12],
  controlled_deliveries: [2, 7],
  foreigners_arrested_for_us: [2, 9],
};

/** Indicators that may be stated with a qualifier (all articles of the year then use it). */
const qualifiable: CountId[] = ["letters_rogatory", "international_arrest_warrants", "national_search_notices", "arab_search_notices", "international_search_cancellations", "arab_search_cancellations"];

function roundedFor(value: number, qualifier: Qualifier): number {
  const step = value >= 1000 ? 100 : value >= 100 ? 10 : 1;
  if (qualifier === "approx") return Math.max(step, Math.round(value / step) * step);
  // "more than" / "at least": a bound below the true value.
  const floor = Math.floor(value / step) * step;
  return qualifier === "gt" && floor === value ? value - step : floor;
}

function changeStatement(value: number, base: number, baseYear: number, rng: Rng, far: boolean): ChangeStatement {
  const change = (100 * (value - base)) / base;
  const direction: 1 | -1 = change >= 0 ? 1 : -1;
  const magnitude = Math.abs(change);
  if (!far || magnitude < 6) {
    const qualifier: Qualifier | null = rng.chance(0.2) ? "approx" : null;
    return { direction, value: Math.max(1, Math.round(magnitude)), qualifier, base: baseYear };
  }
  const qualifier: Qualifier = rng.pick(["gt", "gt", "gte", "approx"] as const);
  const bound = qualifier === "approx" ? Math.round(magnitude) : Math.floor(magnitude / 5) * 5;
  return { direction, value: Math.max(1, bound), qualifier, base: baseYear };
}

/** Each year's figures, derived once from `seed`; 2022 is the seed article's. */
export function yearFigures(seed: number): Map<number, YearFigures> {
  const rng = new Rng(mix(seed, 0xf16));
  const first = years[0] - 2;
  const last = years[years.length - 1]!;
  const series = new Map<CountId, Map<number, number>>();
  for (const id of Object.keys(seedCounts) as CountId[]) {
    const values = new Map<number, number>([[seedYear, seedCounts[id]]]);
    const range = smallRanges[id];
    for (let year = seedYear + 1; year <= last; year++) {
      values.set(year, range ? rng.int(range[0], range[1]) : Math.round(values.get(year - 1)! * (0.82 + 0.4 * rng.float())));
    }
    for (let year = seedYear - 1; year >= first; year--) {
      if (id === "files_processed" && seedFiles[year] !== undefined) values.set(year, seedFiles[year]!);
      else values.set(year, range ? rng.int(range[0], range[1]) : Math.round(values.get(year + 1)! / (0.82 + 0.4 * rng.float())));
    }
    series.set(id, values);
  }
  // Parts within wholes: Moroccans arrested abroad are a share of the wanted persons arrested.
  const wanted = series.get("wanted_persons_arrested")!;
  const moroccans = series.get("moroccan_citizens_arrested_abroad")!;
  for (const year of wanted.keys()) if (year !== seedYear) moroccans.set(year, Math.max(1, Math.round(wanted.get(year)! * (0.35 + 0.45 * rng.float()))));

  const figures = new Map<number, YearFigures>();
  for (const year of years) {
    const counts = {} as Record<CountId, Statement>;
    for (const [id, values] of series) counts[id] = { value: values.get(year)!, qualifier: null };
    if (year !== seedYear) {
      const id = rng.pick(qualifiable);
      const qualifier = rng.pick(["gt", "gte", "approx", "approx"] as const);
      counts[id] = { value: roundedFor(counts[id].value, qualifier), qualifier };
    }
    const files = series.get("files_processed")!;
    const value = files.get(year)!;
    const changes: [ChangeStatement, ChangeStatement] =
      year === seedYear
        ? [
            { direction: 1, value: 24, qualifier: null, base: 2021 },
            { direction: 1, value: 40, qualifier: "gt", base: 2020 },
          ]
        : [changeStatement(value, files.get(year - 1)!, year - 1, rng, false), changeStatement(value, files.get(year - 2)!, year - 2, rng, true)];
    figures.set(year, { year, counts, changes });
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing numbers

type Gender = "m" | "f";
type Case = "nom" | "acc";

/** Units 1–10 before a masculine noun take the form in ة (ثلاثة ملفات), before a feminine one the bare form (ثلاث عمليات). */
const unitsBeforeMasculine = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
const unitsBeforeFeminine = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];
const tensNom = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
const tensAcc = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"];
const hundredStems = ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];

/** How one article spells what has several spellings. */
interface WordStyle {
  hundred: "مائة" | "مئة";
  splitHundreds: boolean;
  kase: Case;
}

function unitWord(n: number, gender: Gender, kase: Case): string {
  if (n === 2) return gender === "m" ? (kase === "nom" ? "اثنان" : "اثنين") : kase === "nom" ? "اثنتان" : "اثنتين";
  return (gender === "m" ? unitsBeforeMasculine : unitsBeforeFeminine)[n]!;
}

function below100(n: number, gender: Gender, style: WordStyle): string {
  if (n <= 10) return unitWord(n, gender, style.kase);
  if (n === 11) return gender === "m" ? "أحد عشر" : "إحدى عشرة";
  if (n === 12) return gender === "m" ? (style.kase === "nom" ? "اثنا عشر" : "اثني عشر") : style.kase === "nom" ? "اثنتا عشرة" : "اثنتي عشرة";
  if (n < 20) return `${unitWord(n - 10, gender, style.kase)} ${gender === "m" ? "عشر" : "عشرة"}`;
  const tens = (style.kase === "nom" ? tensNom : tensAcc)[Math.floor(n / 10)]!;
  const unit = n % 10;
  if (unit === 0) return tens;
  const unitText = unit === 1 ? (gender === "m" ? "واحد" : "إحدى") : unitWord(unit, gender, style.kase);
  return `${unitText} و${tens}`;
}

function hundredsWord(h: number, style: WordStyle): string {
  const hundred = style.hundred;
  if (h === 1) return hundred;
  if (h === 2) return `${hundred === "مائة" ? "مائت" : "مئت"}${style.kase === "nom" ? "ان" : "ين"}`;
  return style.splitHundreds ? `${hundredStems[h]} ${hundred}` : `${hundredStems[h]}${hundred}`;
}

function below1000(n: number, gender: Gender, style: WordStyle): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return below100(rest, gender, style);
  const head = hundredsWord(h, style);
  return rest === 0 ? head : `${head} و${below100(rest, gender, style)}`;
}

/** The thousands: ألف، ألفان/ألفين، ثلاثة آلاف … عشرة آلاف، أحد عشر ألفا، مائة ألف … */
function thousandsWord(th: number, style: WordStyle): string {
  if (th === 1) return "ألف";
  if (th === 2) return style.kase === "nom" ? "ألفان" : "ألفين";
  if (th <= 10) return `${unitWord(th, "m", style.kase)} آلاف`;
  const rest = th % 100;
  const scale = rest >= 3 && rest <= 10 ? "آلاف" : rest >= 11 ? "ألفا" : "ألف";
  return `${below1000(th, "m", style)} ${scale}`;
}

/** Arabic number words for 1 ≤ n < 1,000,000, agreeing with a counted noun of `gender`. */
export function numberWords(n: number, gender: Gender, style: WordStyle): string {
  if (!Number.isInteger(n) || n < 1 || n >= 1_000_000) throw new Error(`numberWords: ${n} out of range`);
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  if (th === 0) return below1000(rest, gender, style);
  const head = thousandsWord(th, style);
  return rest === 0 ? head : `${head} و${below1000(rest, gender, style)}`;
}

const arabicIndic = "٠١٢٣٤٥٦٧٨٩";
const easternArabicIndic = "۰۱۲۳۴۵۶۷۸۹";
type Digits = "western" | "arabic" | "eastern";

function digitsOf(n: number, digits: Digits): string {
  const text = String(n);
  if (digits === "western") return text;
  const table = digits === "arabic" ? arabicIndic : easternArabicIndic;
  return text.replace(/[0-9]/g, (d) => table[Number(d)]!);
}

function grouped(n: number, separator: string, digits: Digits): string {
  const text = digitsOf(n, digits);
  const chars = [...text];
  let out = "";
  chars.forEach((c, i) => {
    if (i > 0 && (chars.length - i) % 3 === 0) out += separator;
    out += c;
  });
  return out;
}

/** Letters after which tatweel is written (those that join the next letter). */
const joining = /[بتثجحخسشصضطظعغفقكلمنهيئ]/;
const marks = ["\u064e", "\u064f", "\u0650", "\u0652", "\u0651", "\u064b"];

/** Diacritics or tatweel inside a word, as some outlets write them. */
function decorate(word: string, rng: Rng): string {
  const tatweel = rng.chance(0.5);
  let out = "";
  for (const c of word) {
    out += c;
    if (c === " ") continue;
    if (tatweel) {
      if (joining.test(c) && rng.chance(0.35)) out += "ـ".repeat(rng.int(1, 3));
    } else if (/[\u0621-\u064a]/.test(c) && rng.chance(0.5)) out += rng.pick(marks);
  }
  return out;
}

/** A counted noun: its forms after a number, its gender, and its dual when the recognizer's lexicon has it. */
export interface Noun {
  /** After 100, 1000, … (genitive singular): ملف */
  sg: string;
  /** After 11–99 (accusative singular): ملفا */
  acc: string;
  /** After 3–10 (plural): ملفات */
  pl: string;
  gender: Gender;
  dual?: string[];
  /** For 2 when there is no dual in the lexicon: "اثنين من الأجانب". */
  twoOf?: string;
}

const nouns = {
  file: { sg: "ملف", acc: "ملفا", pl: "ملفات", gender: "m", dual: ["ملفين"] },
  operation: { sg: "عملية", acc: "عملية", pl: "عمليات", gender: "f", dual: ["عمليتين", "عمليتان"] },
  foreigner: { sg: "أجنبي", acc: "أجنبيا", pl: "أجانب", gender: "m", twoOf: "الأجانب" },
  letter: { sg: "إنابة", acc: "إنابة", pl: "إنابات", gender: "f" },
  warrant: { sg: "أمر", acc: "أمرا", pl: "أوامر", gender: "m" },
  wanted: { sg: "مبحوث", acc: "مبحوثا", pl: "مبحوثين", gender: "m" },
  citizen: { sg: "مواطن", acc: "مواطنا", pl: "مواطنين", gender: "m" },
  notice: { sg: "مذكرة", acc: "مذكرة", pl: "مذكرات", gender: "f", dual: ["مذكرتين"] },
  announcement: { sg: "إعلان", acc: "إعلانا", pl: "إعلانات", gender: "m" },
} satisfies Record<string, Noun>;

/** Which form of the noun follows n: plural after 3–10, accusative singular after 11–99, else genitive singular. */
function nounForm(n: number): "sg" | "acc" | "pl" {
  const r = n % 100;
  if (r >= 3 && r <= 10) return "pl";
  if (r >= 11) return "acc";
  return "sg";
}

const qualifierPhrases: Record<Qualifier, string[]> = {
  gt: ["أكثر من", "أزيد من", "ما يزيد عن", "ما يزيد على", "ما يفوق", "ما يربو على"],
  gte: ["ما لا يقل عن", "لا يقل عن"],
  approx: ["حوالي", "نحو", "قرابة", "زهاء", "ما يناهز", "ما يقارب", "ما يقرب من"],
};

/** The per-article writing habits: digits, spellings, how often words are used. */
export interface Style extends WordStyle {
  digits: Digits;
  separator: string;
  wordsRate: number;
  percent: string;
}

const separators = [",", ".", " ", "\u00a0", "\u202f", "\u2009", ""];
const percentSigns = [" في المائة", " في المائة", " في المئة", " بالمائة", " بالمئة", "%", " %", "٪"];

function articleStyle(rng: Rng): Style {
  return {
    hundred: rng.chance(0.6) ? "مائة" : "مئة",
    splitHundreds: rng.chance(0.2),
    kase: rng.chance(0.7) ? "acc" : "nom",
    digits: rng.pick(["western", "western", "western", "western", "arabic", "eastern"] as const),
    separator: rng.pick(separators),
    wordsRate: rng.pick([0.1, 0.25, 0.5]),
    percent: rng.pick(percentSigns),
  };
}

/** The bare number (no noun) in one of the forms, for a value that is not a dual. */
function numberText(n: number, gender: Gender, style: Style, rng: Rng): string {
  const forms: Array<() => string> = [() => digitsOf(n, style.digits)];
  if (n >= 1000) {
    forms.push(() => grouped(n, rng.pick(separators.slice(0, 6)), "western"));
    forms.push(() => grouped(n, style.digits === "western" ? style.separator : "٬", style.digits === "western" ? "western" : "arabic"));
    if (n < 1_000_000) {
      // Mixed: "5 آلاف و800", "ألفين و169", "12 ألفا و300".
      forms.push(() => {
        const th = Math.floor(n / 1000);
        const rest = n % 1000;
        const d = (k: number) => digitsOf(k, style.digits);
        const head = th === 1 ? "ألف" : th === 2 ? rng.pick(["ألفين", "ألفان"]) : th <= 10 ? `${d(th)} آلاف` : `${d(th)} ${rng.pick(["ألف", "ألفا"])}`;
        return rest === 0 ? head : `${head} و${d(rest)}`;
      });
    }
    if (n % 100 === 0 && n % 1000 !== 0 && n > 3000 && n < 11000) {
      // A decimal with a scale word: "5,8 آلاف".
      forms.push(() => `${Math.floor(n / 1000)}${rng.pick([",", "."])}${(n % 1000) / 100} آلاف`);
    }
  }
  if (n > 2 && n < 1_000_000 && rng.chance(style.wordsRate * 2)) {
    forms.push(() => {
      const words = numberWords(n, gender, style);
      return n <= 10 && rng.chance(0.3) ? decorate(words, rng) : words;
    });
  }
  let text = rng.pick(forms)();
  // Right-to-left marks around digits, as left by some editors.
  if (rng.chance(0.03)) text = text.replace(/[0-9]+/, (d) => `\u200f${d}\u200f`);
  return text;
}

/** A number followed by its counted noun, with the qualifier in front: "أكثر من 3 آلاف مذكرة", "عمليتين", "ثلاثة أجانب". */
function countPhrase(statement: Statement, noun: Noun, style: Style, rng: Rng): { text: string; form: "sg" | "acc" | "pl" } {
  const { value, qualifier } = statement;
  const prefix = qualifier ? `${rng.pick(qualifierPhrases[qualifier])} ` : "";
  if (value === 2 && !qualifier) {
    if (noun.dual) return { text: rng.pick(noun.dual), form: "pl" };
    if (noun.twoOf) return { text: `${style.kase === "nom" ? "اثنان" : "اثنين"} من ${noun.twoOf}`, form: "pl" };
  }
  const form = nounForm(value);
  const text = numberText(value, noun.gender, style, rng);
  // Digits are often followed by the genitive singular where grammar wants the accusative ("380 إعلان").
  const nounText = form === "acc" && /[0-9٠-٩۰-۹]$/.test(text) && rng.chance(0.4) ? noun.sg : noun[form];
  return { text: `${prefix}${text} ${nounText}`, form };
}

function percentPhrase(change: ChangeStatement, style: Style, rng: Rng): string {
  const prefix = change.qualifier ? `${rng.pick(qualifierPhrases[change.qualifier])} ` : "";
  const value = change.value;
  const number = value > 2 && rng.chance(style.wordsRate) ? below100OrDigits(value, style) : digitsOf(value, rng.chance(0.7) ? style.digits : "western");
  const sign = /[0-9٠-٩۰-۹]$/.test(number) ? (rng.chance(0.3) ? rng.pick(percentSigns) : style.percent) : rng.pick([" في المائة", " في المئة", " بالمائة"]);
  const arabicSign = style.digits !== "western" && sign.trim() === "%" ? "٪" : sign;
  return `${prefix}${number}${arabicSign}`;
}

function below100OrDigits(value: number, style: Style): string {
  return value < 100 ? below100(value, "m", style) : String(value);
}

function yearText(year: number, style: Style): string {
  return style.digits === "western" ? String(year) : digitsOf(year, "arabic");
}

// ---------------------------------------------------------------------------------------------------------------
// Prose: sentences without a single number (checked by corpus.test.ts)

const countriesAdjective = ["الإيطالية", "الفرنسية", "الإسبانية", "البلجيكية", "الهولندية", "البرتغالية", "الألمانية", "السويسرية"];
const partners = [
  "المملكة الإسبانية",
  "الجمهورية الفرنسية",
  "الجمهورية الإسلامية الموريتانية",
  "المملكة المتحدة",
  "جمهورية البرتغال",
  "مملكة بلجيكا",
  "الأراضي المنخفضة",
  "جمهورية ألمانيا الاتحادية",
  "دولة الإمارات العربية المتحدة",
  "المملكة العربية السعودية",
  "جمهورية السنغال",
  "دولة قطر",
];
const institutionNames = ["المديرية العامة للأمن الوطني", "مصالح الأمن الوطني", "المديرية العامة للأمن الوطني", "المصالح المركزية للأمن الوطني"];
const fields = [
  "مكافحة الإرهاب والتطرف العنيف",
  "مكافحة الجريمة المنظمة العابرة للحدود",
  "مكافحة الاتجار بالبشر وتهريب المهاجرين",
  "مكافحة الجريمة المعلوماتية",
  "مكافحة الاتجار غير المشروع في المخدرات والمؤثرات العقلية",
  "تعقب الأموال المتحصلة من الجريمة",
  "حماية التراث الثقافي من السرقة والتهريب",
  "تأمين التظاهرات الرياضية الكبرى",
  "تبادل المعلومات الجنائية",
  "تحديد هوية الضحايا",
];

const prose: readonly string[] = [
  "وأكد المصدر ذاته أن هذه الحصيلة تعكس الانخراط الفعلي للمملكة المغربية في المجهود الدولي الرامي إلى مكافحة الجريمة بمختلف صورها.",
  "وأوضحت المديرية أن هذه النتائج تحققت بفضل التنسيق الوثيق مع المصالح الأمنية الأجنبية وتبادل المعلومات في الوقت المناسب.",
  "وشددت الحصيلة على أهمية تطوير آليات التعاون الثنائي ومتعدد الأطراف في مواجهة التهديدات الأمنية المستجدة.",
  "وفي هذا الإطار، حرصت المديرية العامة للأمن الوطني على تعزيز حضورها في المحافل الأمنية الدولية والإقليمية.",
  "كما واصلت المصالح المختصة تحديث قواعد البيانات المشتركة وتطوير أنظمة الاتصال المؤمنة مع الشركاء الأجانب.",
  "وتندرج هذه المجهودات في إطار استراتيجية شاملة تروم تحديث المرفق الأمني والرفع من جودة الخدمات المقدمة للمواطنين.",
  "وأشار المصدر إلى أن التعاون الأمني لم يعد خيارا بل أصبح ضرورة تفرضها الطبيعة العابرة للحدود للجريمة المعاصرة.",
  "وقد مكنت هذه الشراكات من تفكيك شبكات إجرامية كانت تنشط في أكثر من بلد وتعتمد على وسائل تقنية متطورة.",
  "وسجلت الحصيلة كذلك تطورا ملحوظا في مجال المساعدة التقنية وتبادل الخبرات مع أجهزة الشرطة في الدول الصديقة.",
  "وأبرزت المديرية الدور الذي يضطلع به المكتب المركزي الوطني في تسهيل التواصل بين المصالح الأمنية المغربية ونظيراتها الأجنبية.",
  "ومن جهة أخرى، استقبلت المديرية وفودا أمنية رفيعة المستوى للاطلاع على التجربة المغربية في مجال تدبير الأزمات.",
  "وأكدت المديرية أن التعاون الأمني الدولي يظل محكوما باحترام سيادة الدول والتشريعات الوطنية والاتفاقيات الدولية ذات الصلة.",
  "وتواصل المديرية العامة للأمن الوطني، في هذا الصدد، تنفيذ برامج التكوين المستمر لفائدة موظفيها في مجالات التحقيق الجنائي الحديثة.",
  "وتميزت هذه السنة أيضا بتنظيم دورات تكوينية مشتركة لفائدة أطر أمنية من دول إفريقية شقيقة.",
  "وتعكس هذه الأرقام، حسب المصدر ذاته، الثقة التي تحظى بها المصالح الأمنية المغربية لدى شركائها الدوليين.",
  "ويأتي ذلك في سياق دولي يتسم بتنامي التهديدات الإرهابية وتزايد أنشطة شبكات الهجرة غير النظامية.",
  "وأوضح المصدر أن تبادل المعلومات الاستخباراتية في الوقت الفعلي ساهم في إحباط عدة مخططات إجرامية قبل تنفيذها.",
  "وجددت المديرية التأكيد على انخراطها الكامل في الجهود الإقليمية الرامية إلى تعزيز الأمن والاستقرار في المنطقة.",
  "ولم تقتصر هذه الحصيلة على الجانب العملياتي، بل شملت أيضا تطوير الإطار القانوني والمؤسساتي للتعاون الأمني.",
  "وحرصت المصالح المركزية على تتبع تنفيذ طلبات التعاون الواردة من الدول الأجنبية داخل الآجال المعقولة.",
  "كما عملت المديرية على تبسيط مساطر تبادل المعلومات مع الشركاء بما يضمن النجاعة والسرعة المطلوبتين.",
  "واعتبرت المديرية أن النتائج المحققة ثمرة عمل جماعي انخرطت فيه مختلف المصالح المركزية واللاممركزة.",
  "وفي سياق متصل، عززت المديرية تعاونها مع المنظمات الدولية المتخصصة في مكافحة الجريمة والوقاية منها.",
  "وأشادت وفود أجنبية زارت المملكة بالمستوى الاحترافي الذي بلغته المصالح الأمنية المغربية.",
  "وختمت المديرية حصيلتها بالتأكيد على مواصلة الانفتاح على التجارب الدولية الناجحة في المجال الأمني.",
  "وتتوخى المديرية من خلال هذه الشراكات الرفع من قدراتها العملياتية وتحسين مستوى التنسيق الميداني.",
  "وتم كذلك تعيين ضباط اتصال جدد لدى عدد من السفارات المغربية بالخارج لتسهيل التواصل المباشر مع السلطات المحلية.",
  "ويعد التعاون مع الأمانة العامة لمنظمة الأنتربول ركيزة أساسية في استراتيجية المديرية لتعقب الفارين من العدالة.",
  "وأكدت الحصيلة أن المقاربة المغربية تقوم على التوازن بين النجاعة الأمنية واحترام حقوق الإنسان.",
  "وفي المقابل، استفادت المصالح الأمنية المغربية من برامج للدعم التقني همت تجهيزات المختبرات العلمية والتقنية.",
  "وأفادت المديرية بأن مصالحها تعاملت بجدية مع كل طلبات المساعدة القضائية الواردة عليها عبر القنوات الرسمية.",
  "كما جرى تنظيم لقاءات دورية مع ممثلي الأجهزة الأمنية الأجنبية المعتمدين بالمملكة لتقييم مستوى التعاون.",
  "وأبرز المصدر أن تطوير الموارد البشرية يبقى في صلب أولويات المديرية العامة للأمن الوطني.",
  "ويرى متتبعون للشأن الأمني أن هذه الحصيلة تؤكد المكانة التي أصبحت تحتلها المملكة كشريك موثوق في المجال الأمني.",
  "وتسعى المديرية، وفق المصدر ذاته، إلى تعميم الرقمنة على مختلف مساطر التعاون الدولي.",
];

const proseTemplates: ReadonlyArray<(rng: Rng) => string> = [
  (r) => `كما تم تعزيز التعاون والتنسيق الأمني مع ${r.pick(partners)} في مجال ${r.pick(fields)}.`,
  (r) => `وعقدت المديرية اجتماعات عمل مع مسؤولين أمنيين من ${r.pick(partners)} لبحث سبل تطوير التعاون في مجال ${r.pick(fields)}.`,
  (r) => `وأبرمت ${r.pick(institutionNames)} اتفاقا للتعاون المستدام مع الشرطة الوطنية في ${r.pick(partners)} يشمل ${r.pick(fields)}.`,
  (r) => `وتم تنظيم زيارات متبادلة بين المسؤولين الأمنيين المغاربة ونظرائهم من ${r.pick(partners)} خصصت لتبادل الخبرات في ${r.pick(fields)}.`,
  (r) => `وهمت هذه العمليات، بالأساس، ${r.pick(fields)} و${r.pick(fields)}.`,
  (r) => `واستفاد عدد من موظفي الأمن الوطني من دورات تكوينية متخصصة في ${r.pick(fields)} بتأطير من خبراء من ${r.pick(partners)}.`,
  (r) => `وفي السياق نفسه، أبرمت المديرية مذكرة تفاهم مع نظيرتها في ${r.pick(partners)} لترقية مستوى التعاون الثنائي في المجال الأمني.`,
];

function proseSentence(rng: Rng): string {
  return rng.chance(0.35) ? rng.pick(proseTemplates)(rng) : rng.pick(prose);
}

/** Every number-free sentence the generator may write, with each template filled once (for the tests). */
export function proseSamples(): string[] {
  const rng = new Rng(1);
  return [...prose, ...proseTemplates.flatMap((template) => Array.from({ length: 20 }, () => template(rng)))];
}

function proseParagraph(rng: Rng): string {
  return Array.from({ length: rng.int(2, 4) }, () => proseSentence(rng)).join(" ");
}

// ---------------------------------------------------------------------------------------------------------------
// Articles

/** Sentences that state figures, each built from one year's statements. */
interface Writer {
  rng: Rng;
  style: Style;
  year: number;
  figures: YearFigures;
}

const count = (w: Writer, id: CountId, noun: Noun) => countPhrase(w.figures.counts[id], noun, w.style, w.rng);

function filesSentence(w: Writer): string {
  const { rng } = w;
  const files = count(w, "files_processed", nouns.file).text;
  const [near, far] = w.figures.changes;
  const up = near.direction === 1;
  const lead = up ? rng.pick(["بزيادة قدرها", "بارتفاع نسبته", "أي بزيادة بلغت", "مسجلا ارتفاعا بنسبة"]) : rng.pick(["بانخفاض قدره", "بتراجع نسبته", "مسجلا انخفاضا بنسبة"]);
  const against = rng.pick(["مقارنة مع سنة", "مقارنة بسنة", "قياسا بسنة", "مقارنة مع عام"]);
  let change = `، ${lead} ${percentPhrase(near, w.style, rng)} ${against} ${yearText(near.base, w.style)}`;
  if (rng.chance(0.7)) {
    // The second change shares the first one's change word, as in the seed ("وبأكثر من 40 في المائة مع سنة 2020"),
    // unless the direction differs: then it has its own.
    const sameDirection = far.direction === near.direction;
    const farLead = sameDirection ? "وب" : far.direction === 1 ? "وبزيادة قدرها " : "وبانخفاض قدره ";
    change += `، ${farLead}${percentPhrase(far, w.style, rng)} ${rng.pick(["مع سنة", "مقارنة بسنة", "عن سنة"])} ${yearText(far.base, w.style)}`;
  }
  const y = yearText(w.year, w.style);
  return rng.pick([
    () => `وفي هذا الصدد، أوضحت المديرية العامة للأمن الوطني، في استعراضها للخطوط العريضة لحصيلة سنة ${y}، أن قطب التعاون الأمني الدولي عالج ${files} وطلب معلومات${change}.`,
    () => `وكشفت حصيلة سنة ${y} أن مصالح التعاون الدولي بالمديرية تمكنت من معالجة ${files} وطلب معلومات${change}.`,
    () => `وعلى مستوى التعاون الدولي، عالجت المصالح المختصة خلال سنة ${y} ما مجموعه ${files} وطلب معلومات${change}.`,
    () => `وحسب المعطيات التي كشفت عنها المديرية، فقد عالج قطب التعاون الأمني الدولي ${files} وطلب تعاون${change}.`,
  ])();
}

function interpolSentence(w: Writer): string {
  const { text, form } = count(w, "interpol_multilateral_operations", nouns.operation);
  const dual = /عمليت/.test(text);
  const adjective = dual ? "أمنيتين متعددتي الأطراف" : form === "pl" ? "أمنية متعددة الأطراف" : "أمنية متعددة الأطراف";
  return w.rng.pick([
    () => `وأضاف المصدر ذاته أن السنة الجارية شهدت المشاركة الفعلية لمصالح الأمن الوطني في تنفيذ ${text} ${adjective} بتنسيق مع الأمانة العامة لمنظمة “أنتربول”.`,
    () => `كما شاركت المديرية خلال السنة ذاتها في ${text} ${adjective} نسقتها الأمانة العامة للأنتربول.`,
    () => `وساهمت مصالح الأمن الوطني في ${text} ميدانية متعددة الأطراف جرى تنفيذها بتنسيق مع منظمة الشرطة الجنائية الدولية “أنتربول”.`,
  ])();
}

function deliveriesSentence(w: Writer): string {
  const { text } = count(w, "controlled_deliveries", nouns.operation);
  const country = w.rng.pick(countriesAdjective);
  return w.rng.pick([
    () => `وذكّرت المديرية العامة للأمن الوطني بتنفيذ ${text} للتسليم المراقب للمخدرات مع السلطات ${country}، في انفتاح جديد على شركاء آخرين.`,
    () => `كما أشرفت المصالح المختصة على ${text} للتسليم المراقب بتنسيق مع السلطات ${country}.`,
    () => `وتم في الإطار ذاته إنجاز ${text} للتسليم المراقب للمخدرات بتنسيق وثيق مع الشرطة ${country}.`,
  ])();
}

function foreignersSentence(w: Writer): string {
  const { text } = count(w, "foreigners_arrested_for_us", nouns.foreigner);
  return w.rng.pick([
    () => `وهو ما تمت ترجمته بزيارات متبادلة وتدعيم الدورات التكوينية؛ مما مكن مصالح الأمن الوطني من توقيف ${text} مبحوث عنهم في جرائم خطيرة من طرف السلطات القضائية الأمريكية.`,
    () => `وأسفر التنسيق مع وكالات تطبيق القانون الأمريكية عن توقيف ${text} صدرت في حقهم طلبات تسليم من طرف القضاء الأمريكي.`,
    () => `كما أوقفت المصالح الأمنية ${text} تبحث عنهم السلطات القضائية بالولايات المتحدة الأمريكية.`,
  ])();
}

const moroccanAdjective = { sg: "مغربي", acc: "مغربيا", pl: "مغاربة" } as const;

function operationalParagraph(w: Writer, include: (id: CountId) => boolean): string | undefined {
  const { rng } = w;
  const clauses: string[] = [];
  if (include("letters_rogatory")) clauses.push(`${rng.pick(["بمتابعة تنفيذ", "بتتبع تنفيذ"])} ${count(w, "letters_rogatory", nouns.letter).text} قضائية دولية`);
  if (include("international_arrest_warrants")) clauses.push(`${rng.pick(["بنشر وتعميم", "ببث"])} ${count(w, "international_arrest_warrants", nouns.warrant).text} بإلقاء القبض على الصعيد الدولي`);
  const head = rng.pick([
    "أما على المستوى العملياتي، قام المكتب المركزي الوطني (أنتربول الرباط)، خلال هذه السنة،",
    "وعلى الصعيد العملياتي، قام المكتب المركزي الوطني لأنتربول بالرباط",
    "وفي الجانب العملياتي، تكفل المكتب المركزي الوطني",
  ]);
  let text = clauses.length ? `${head} ${rng.shuffle(clauses).join("، و")}` : "";
  if (include("wanted_persons_arrested")) {
    const wanted = count(w, "wanted_persons_arrested", nouns.wanted).text;
    const lead = text ? "؛ وهو ما مكن من توقيف" : "ومكنت جهود المكتب المركزي الوطني من توقيف";
    text += `${lead} ${wanted} عنهم على الصعيد الدولي`;
    const citizen = count(w, "moroccan_citizens_arrested_abroad", nouns.citizen);
    text += `، ${rng.pick(["من بينهم", "بينهم"])} ${citizen.text} ${moroccanAdjective[citizen.form]} ${rng.pick(["تم توقيفهم خارج أرض الوطن", "أوقفوا خارج التراب الوطني"])}`;
  }
  return text ? `${text}.` : undefined;
}

function noticesParagraph(w: Writer, include: (id: CountId) => boolean): string | undefined {
  const { rng } = w;
  const clauses: string[] = [];
  if (include("national_search_notices")) {
    clauses.push(`${rng.pick(["عمم المكتب المركزي الوطني", "وزع المكتب المركزي الوطني", "عمم المكتب"])} ${count(w, "national_search_notices", nouns.notice).text} بحث على الصعيد الوطني استجابة لطلبات صادرة عن مصالح أمنية في دول أجنبية`);
  }
  if (include("arab_search_notices")) {
    clauses.push(`${rng.pick(["نشر", "عمم كذلك"])} ${count(w, "arab_search_notices", nouns.announcement).text} بحث صادرة عن شعب الاتصال في الدول العربية`);
  }
  const cancellations: string[] = [];
  if (include("international_search_cancellations")) cancellations.push(`${count(w, "international_search_cancellations", nouns.notice).text} لتوقيف سريان الأبحاث الدولية`);
  if (include("arab_search_cancellations")) cancellations.push(`${count(w, "arab_search_cancellations", nouns.notice).text} إيقاف الأبحاث المذاعة على الصعيد العربي`);
  if (cancellations.length) clauses.push(`${rng.pick(["تم نشر", "جرى نشر", "نشر المكتب"])} ${rng.shuffle(cancellations).join(rng.pick([" و", "، و"]))}`);
  if (clauses.length === 0) return undefined;
  const [first, ...rest] = clauses;
  let text = `و${first}`;
  for (const clause of rest) text += rng.pick(["، و", "، كما ", "؛ و", "، بينما ", "، في حين "]) + clause;
  return `${text}.`;
}

/** Sentences whose numbers the catalogue's ignore rules account for. */
function ignoredSentence(w: Writer): string | undefined {
  const { rng, year } = w;
  const options: Array<() => string> = [
    () => `ويشتغل المكتب المركزي الوطني على مدار ${rng.pick(["24", "٢٤", "أربع وعشرين"])} ساعة طيلة أيام الأسبوع لتلقي طلبات التعاون ومعالجتها.`,
    () => `ويتم ذلك طبقا لمقتضيات المادة ${rng.int(1, 750)} من القانون المتعلق بالمسطرة الجنائية.`,
  ];
  // Sessions of Interpol's General Assembly (none in 2020).
  if (year !== 2020) {
    const session = year <= 2019 ? year - 1931 : year - 1932;
    options.push(() => `وشاركت المديرية في أشغال الدورة ${session} للجمعية العامة لمنظمة الأنتربول.`);
  }
  return rng.pick(options)();
}

const titles = [
  (y: string) => `حصيلة الأمن المغربي في التعاون الدولي خلال سنة ${y}`,
  () => "حصيلة الأمن المغربي في التعاون الدولي",
  (y: string) => `المديرية العامة للأمن الوطني تستعرض حصيلة التعاون الدولي برسم سنة ${y}`,
  (y: string) => `الأمن الوطني: أرقام التعاون الأمني الدولي خلال سنة ${y}`,
  () => "التعاون الأمني الدولي: المديرية العامة للأمن الوطني تكشف حصيلتها السنوية",
];

const intros = [
  (y: string) => `قالت المديرية العامة للأمن الوطني إن سنة ${y} تميزت بمواصلة عمليات التعاون الأمني الدولي بشكل مكثف، وهو الأمر الذي مكن من الرفع من مستوى التعاون في المجال العملياتي وفي ميادين المساعدة التقنية.`,
  (y: string) => `استعرضت المديرية العامة للأمن الوطني الخطوط العريضة لحصيلتها برسم سنة ${y} في مجال التعاون الأمني الدولي، مؤكدة انخراطها الفعلي في الجهود الدولية لمكافحة الجريمة.`,
  () => "كشفت المديرية العامة للأمن الوطني عن حصيلة أنشطتها في مجال التعاون الأمني الدولي، والتي تميزت بتنوع الشركاء وتعدد مجالات التنسيق.",
];

const hashtags = ["#حصيلة", "#الأمن", "#المغربي", "#في", "#التعاون", "#الدولي", "#الأنتربول", "#الأمن_الوطني"];
const footers = ["زر الذهاب إلى الأعلى", "اقرأ أيضا", "شارك", "مقالات ذات صلة"];

export interface Article {
  id: string;
  year: number;
  text: string;
  metadata: SourceMetadata;
}

/** Indicators an article states: most of them, each article a different subset. */
function chooseIndicators(rng: Rng): (id: CountId) => boolean {
  const left = new Set<CountId>();
  for (const id of Object.keys(seedCounts) as CountId[]) if (rng.chance(0.12)) left.add(id);
  if (left.has("wanted_persons_arrested")) left.add("moroccan_citizens_arrested_abroad");
  left.delete("files_processed");
  return (id) => !left.has(id);
}

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

/** Article `index` of the corpus of `seed` (the same whatever the corpus size). */
export function generateArticle(seed: number, index: number, figures: Map<number, YearFigures> = yearFigures(seed)): Article {
  const rng = new Rng(mix(seed, index, 0xa271c1e));
  // Years in turn, so that even a small corpus has every year (and cross-source agreement is exercised).
  const year = years[(index + (seed >>> 0)) % years.length]!;
  const style = articleStyle(rng);
  const w: Writer = { rng, style, year, figures: figures.get(year)! };
  const y = yearText(year, style);
  const include = chooseIndicators(rng);

  const figureParagraphs: string[] = [filesSentence(w)];
  const international: string[] = [];
  if (include("interpol_multilateral_operations")) international.push(`${interpolSentence(w)} ${proseSentence(rng)}`);
  if (include("controlled_deliveries")) international.push(deliveriesSentence(w));
  if (international.length) figureParagraphs.push(rng.shuffle(international).join(" "));
  if (include("foreigners_arrested_for_us")) figureParagraphs.push(`${proseSentence(rng)} ${foreignersSentence(w)}`);
  const operational = operationalParagraph(w, include);
  const notices = noticesParagraph(w, include);
  const tail = rng.shuffle([operational, notices].filter((p): p is string => p !== undefined));
  if (rng.chance(0.4)) tail.push(ignoredSentence(w)!);

  const paragraphs = [rng.pick(intros)(y), ...rng.shuffle(figureParagraphs), ...tail];
  // Pad with number-free prose up to this article's size: 3.5 to 6.5 KB, 5 KB on average like the seed.
  const target = rng.int(3500, 6500);
  const title = rng.pick(titles)(y);
  const footer = [rng.shuffle(hashtags).slice(0, rng.int(3, 6)).join(" "), rng.pick(footers)];
  let size = byteLength([title, ...paragraphs, ...footer].join("\n\n"));
  while (size < target) {
    const paragraph = proseParagraph(rng);
    paragraphs.splice(rng.int(1, paragraphs.length), 0, paragraph);
    size += byteLength(paragraph) + 2;
  }
  const text = `${[title, ...paragraphs, ...footer].join("\n\n")}\n`;

  const id = `bench_${String(index).padStart(6, "0")}_${rng.hex(12)}`;
  const day = rng.int(15, 31);
  const metadata: SourceMetadata = {
    id,
    title,
    language: "ar",
    publisher: `Synthetic outlet ${rng.int(1, 40)}`,
    author: rng.chance(0.3) ? `Synthetic author ${rng.int(1, 200)}` : null,
    institution: "المديرية العامة للأمن الوطني (DGSN)",
    url: `https://bench.invalid/${year}/12/${day}/حصيلة-التعاون-الدولي-${index}`,
    published: `${year}-12-${day}`,
    retrieved: null,
    reference_period: String(year),
    licence: "CC0-1.0",
    notes: `Synthetic article ${index} of the benchmark corpus (seed ${seed}), generated by tests/bench/corpus.ts; its figures are invented, except 2022's, which are the seed source's.`,
  };
  return { id, year, text, metadata };
}

/** Articles 0 … n−1 of the corpus of `seed`. */
export function* generateCorpus(options: { n: number; seed: number }): Generator<Article> {
  const figures = yearFigures(options.seed);
  for (let index = 0; index < options.n; index++) yield generateArticle(options.seed, index, figures);
}

/** Writes <id>.txt and <id>.source.json for each article into `dir` (created if missing). */
export function writeCorpus(dir: string, options: { n: number; seed: number }): { files: number; textBytes: number; metadataBytes: number } {
  mkdirSync(dir, { recursive: true });
  let textBytes = 0;
  let metadataBytes = 0;
  let files = 0;
  for (const article of generateCorpus(options)) {
    const text = Buffer.from(article.text, "utf8");
    const metadata = Buffer.from(`${JSON.stringify(article.metadata, null, 2)}\n`, "utf8");
    writeFileSync(join(dir, `${article.id}.txt`), text);
    writeFileSync(join(dir, `${article.id}.source.json`), metadata);
    textBytes += text.length;
    metadataBytes += metadata.length;
    files += 2;
  }
  return { files, textBytes, metadataBytes };
}

// ---------------------------------------------------------------------------------------------------------------
// Pathological inputs for the recognizer

export const pathologicalKinds = [
  "waw-run",
  "waw-spaced",
  "number-words",
  "scale-words",
  "mixed-scale",
  "comma-digits",
  "space-digits",
  "dot-groups",
  "space-groups",
  "arabic-indic-digits",
  "diacritics",
  "tatweel",
  "qualifiers",
  "percent-signs",
  "thousand-words",
  "minus-words",
  "arabic-comma-list",
  "phone-groups",
  "definite-hundreds",
] as const;
export type PathologicalKind = (typeof pathologicalKinds)[number];

const pathologicalUnits: Record<PathologicalKind, { head?: string; unit: string }> = {
  /** One word of و only: "ووووو…". */
  "waw-run": { unit: "و" },
  /** و as a word on its own: "و و و …". */
  "waw-spaced": { unit: "و " },
  /** One endless sum of number words: "خمسة وخمسة وخمسة …". */
  "number-words": { head: "خمسة", unit: " وخمسة" },
  /** Scale words in a row: "ألف مليون ألف مليون …". */
  "scale-words": { unit: "ألف مليون مليار آلاف " },
  /** Digits and scale words chained by و: "5 آلاف و5 آلاف و…". */
  "mixed-scale": { head: "5 آلاف", unit: " و5 آلاف" },
  /** "1,1,1,1,…": separators that never make a group of three. */
  "comma-digits": { head: "1", unit: ",1" },
  /** "5 5 5 5 …". */
  "space-digits": { unit: "5 " },
  /** "1.000.000.000…": one ever longer grouped number. */
  "dot-groups": { head: "1", unit: ".000" },
  /** "1 000 000 000 …". */
  "space-groups": { head: "1", unit: " 000" },
  /** One endless number in Arabic-Indic digits. */
  "arabic-indic-digits": { unit: "٥٨٠٠" },
  /** A number word under a pile of diacritics: "خَمْسَةٌ" with marks repeated. */
  diacritics: { head: "خ", unit: "\u064e\u0651\u0652\u064f\u0650" },
  /** A number word stretched by tatweel: "خـــــ…مسة". */
  tatweel: { head: "خ", unit: "ـ" },
  /** Qualifiers with no number: "أكثر من أكثر من …". */
  qualifiers: { unit: "أكثر من حوالي ما لا يقل عن " },
  /** Percent signs and phrases: "5% 5٪ في المائة …". */
  "percent-signs": { unit: "5% ٥٪ في المائة بالمئة " },
  /** "ألف ألف ألف …": each a number; extract took minutes on 565 KB of it (issue 11). */
  "thousand-words": { unit: "ألف " },
  /** "ناقص ناقص … 5": only the last is a sign. */
  "minus-words": { unit: "ناقص " },
  /** "1،234،234…،23": groups of three joined by the Arabic comma, the last one short, so the chain is a list. */
  "arabic-comma-list": { head: "1", unit: "،234" },
  /** "00 00 00 …": groups of digits after a zero, as a phone number is written, never ending. */
  "phone-groups": { unit: "00 " },
  /** "المائة المائة …": definite hundreds, each a number. */
  "definite-hundreds": { unit: "المائة " },
};

/** About `bytes` bytes (UTF-8) of one pathological input. */
export function pathological(kind: PathologicalKind, bytes: number): string {
  const { head = "", unit } = pathologicalUnits[kind];
  const repeats = Math.max(1, Math.ceil((bytes - byteLength(head)) / byteLength(unit)));
  const body = head + unit.repeat(repeats);
  // The stretched words end like a number word, so that the recognizer has to read the whole run; the comma chain
  // ends with a short group, so that only its end shows it is no grouping; the minus words end with a number.
  if (kind === "diacritics" || kind === "tatweel") return `${body}مسة`;
  if (kind === "arabic-comma-list") return `${body}،23`;
  if (kind === "minus-words") return `${body}5`;
  return body;
}
