// Reading one number (words, digits or both) from the token stream with the grammar of words.ts.
import type { AtomReading } from "./lexicon.ts";
import type { Token, WordToken } from "./tokens.ts";
import { NumberBuilder, type Part } from "./words.ts";

export interface NumberRead {
  /** Offsets in the normalised text; `start` is after the clitics of the first word. */
  start: number;
  end: number;
  /** Index of the first token after the number. */
  next: number;
  value: number;
  decimals: number;
  form: "digits" | "words" | "mixed";
}

interface Step {
  part: Part;
  next: number;
  end: number;
}

const bareAlef = "ا".charCodeAt(0);
const hamzaAlefs = new Set(["أ", "إ", "آ"].map((c) => c.charCodeAt(0)));

/** Whether the word as written has a hamza on an alef where the reading's spelling has a bare alef. */
function contradictsHamza(written: string, reading: AtomReading): boolean {
  const spelling = reading.spelling;
  for (let k = 0; k < spelling.length; k++) {
    if (spelling.charCodeAt(k) === bareAlef && hamzaAlefs.has(written.charCodeAt(reading.prefixLength + k))) return true;
  }
  return false;
}

/**
 * The number-word readings of a token. When a word reads several ways, a written hamza decides where it can:
 * writers drop hamzas but do not add them, so "وأحد" is و + أحد and never واحد, which folds the same.
 */
function atomReadings(token: WordToken): readonly AtomReading[] {
  const atoms = token.tanween ? token.info.atoms.map(singularIfAccusative) : token.info.atoms;
  if (!token.written) return atoms;
  const written = token.written;
  const kept = atoms.filter((r) => !contradictsHamza(written, r));
  return kept.length > 0 ? kept : atoms;
}

/** With its tanween written, an accusative scale word (ألفاً) is the singular: one of the scale, never two. */
function singularIfAccusative(reading: AtomReading): AtomReading {
  const atom = reading.meaning.atom;
  if (atom.kind !== "scale" || atom.number !== "accusative") return reading;
  return { ...reading, meaning: { kind: "atom", atom: { ...atom, number: "singular" } } };
}

/** The masculine "one" of a teen (أحد عشر) and the tail that agrees with it; the feminine is إحدى عشرة. */
const masculineOne = "أحد";
const masculineTeenTail = "عشر";

/**
 * Whether a word read as a number word may begin a number. With the article, only a unit 3–10 may ("الدول الخمس",
 * "the five countries"), the hundred, المائة/المئة ("تجاوز العدد المائة"), and the thousand and two thousand,
 * الألف/الألفين ("تجاوز عدد الملفات الألف"): a definite ten, other hundred, plural or other scale is an ordinal
 * or a noun in news prose ("القرن العشرين", "الآلاف"), and الاثنين/الأحد are Monday and Sunday, unless what they
 * count follows (recognize.ts markCountingArticles) or, for a teen's head, its tail. المائة after a preposition
 * (بالمائة) or in "في المائة" is a percent sign (see recognize.ts).
 */
function mayStart(reading: AtomReading, token: WordToken, next: Token | undefined): boolean {
  if (!reading.definite) return true;
  const atom = reading.meaning.atom;
  // "الاثنا عشر ملفا", "الإحدى عشرة": a definite teen head, never a number alone, begins its teen. Masculine
  // الأحد only before the tail that agrees with it, عشر: "يوم الأحد عشرة موقوفين" is Sunday.
  if (atom.kind === "unit" && atom.teenHead && !atom.standalone) return reading.spelling !== masculineOne || (next?.kind === "word" && next.text === masculineTeenTail);
  if (atom.kind === "hundred") return atom.value === 100 && atom.standalone && !reading.preposition;
  if (atom.kind === "scale") return atom.value === 1000 && (atom.number === "singular" || atom.number === "dual") && !reading.preposition;
  // "من بين الثمانين شخصا": a definite ten before the indefinite accusative noun it counts is a number (not "القرن العشرين");
  // so is a unit joined to such a ten ("الاثنين والسبعين شخصا", not Monday).
  if (token.countsNext === true) return true;
  if (atom.kind === "ten") return false;
  return atom.kind === "unit" && atom.standalone && atom.value >= 3 && atom.value <= 10;
}


const noSteps: Step[] = [];

/**
 * The ways token `j` may continue a number: the word و on its own (or touching the digits, "و800") joins the
 * next token; a word continues only bare or with و/وال in front, and with the article only if the number began
 * with it ("الأربعة والعشرين").
 */
function nextSteps(tokens: readonly Token[], j: number, definite: boolean): Step[] {
  let token = tokens[j];
  if (!token || token.gap > 1) return noSteps;
  let conjunction = false;
  let k = j;
  if (token.kind === "word" && token.text === "و") {
    const after = tokens[j + 1];
    if (!after || after.gap > 1) return noSteps;
    conjunction = true;
    k = j + 1;
    token = after;
  }
  if (token.kind === "number") return [{ part: { kind: "digits", literal: token.literal, conjunction }, next: k + 1, end: token.end }];
  if (token.kind === "word" && token.info.scaleLinker && !conjunction) return linkedScale(tokens, k);
  if (token.kind !== "word" || token.info.atoms.length === 0) return noSteps;
  // Digits ending a line and a word opening the next are two things ("… من 2016⏎ألف و530 ملفا"), not "2016 thousand".
  if (!conjunction && token.opensLine && tokens[j - 1]?.kind === "number") return noSteps;
  const steps: Step[] = [];
  for (const r of atomReadings(token)) {
    if (r.preposition || (r.definite && !definite)) continue;
    if (r.prefixLength > 0 && (conjunction || !r.conjunction)) continue;
    steps.push({ part: { kind: "atom", atom: r.meaning.atom, conjunction: conjunction || r.conjunction }, next: k + 1, end: token.end });
  }
  return steps;
}

/**
 * "ربعة د الألاف": Moroccan Arabic's "of" (the token at `j`) joins a number to a scale word in the plural with the
 * article, which the number multiplies (four thousand); any other word after it ends the number.
 */
function linkedScale(tokens: readonly Token[], j: number): Step[] {
  const scale = tokens[j + 1];
  if (!scale || scale.gap > 1 || scale.kind !== "word") return noSteps;
  return scale.info.atoms
    .filter((r) => r.definite && !r.preposition && !r.conjunction && r.meaning.atom.kind === "scale" && r.meaning.atom.number === "plural")
    .map((r) => ({ part: { kind: "atom", atom: r.meaning.atom, conjunction: false }, next: j + 2, end: scale.end }));
}

/** A count of the grammar steps tried, for tests that check the work grows linearly with the text. */
export interface Work {
  steps: number;
}

/**
 * Reads the longest number that starts at token `i`, or undefined. A written word may read several ways (folded
 * "واحد" is واحد "one" and also و + أحد "and one", as in "وأحد عشر"); every reading is tried and the longest
 * whole number wins, the earlier start on a tie. The grammar keeps numbers short, so the search is too. A value
 * above 2^53 − 1 is never offered: the number ends before the word that would make it ("ألف مليون مليار" is
 * "ألف مليون" and "مليار").
 */
export function readNumber(tokens: readonly Token[], i: number, work: Work = { steps: 0 }): NumberRead | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const search = new LongestNumber(tokens, work);
  if (first.kind === "number") {
    const builder = new NumberBuilder();
    if (builder.accept({ kind: "digits", literal: first.literal, conjunction: false })) search.extend(builder, first.start, i + 1, first.end, false);
  } else if (first.kind === "word") {
    for (const r of atomReadings(first)) {
      if (!mayStart(r, first, tokens[i + 1])) continue;
      const builder = new NumberBuilder();
      if (builder.accept({ kind: "atom", atom: r.meaning.atom, conjunction: false })) {
        search.extend(builder, first.start + r.prefixLength, i + 1, first.end, r.definite);
      }
    }
  }
  return search.best;
}

/** Whether token `j` is a plural scale word right after the one before it ("خمسة الاف"): the unit before it heads it. */
function pluralScaleAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  return token !== undefined && token.kind === "word" && token.gap <= 1 && token.info.atoms.some((r) => r.prefixLength === 0 && !r.definite && r.meaning.atom.kind === "scale" && r.meaning.atom.number === "plural");
}

class LongestNumber {
  best: NumberRead | undefined;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly work: Work,
  ) {}

  extend(builder: NumberBuilder, start: number, next: number, end: number, definite: boolean): void {
    this.work.steps++;
    if (builder.complete() && !(builder.unitWithoutAnd && pluralScaleAt(this.tokens, next))) this.offer(builder, start, next, end);
    const steps = nextSteps(this.tokens, next, definite);
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s]!;
      // accept() changes nothing when it refuses, so only a step with others after it needs its own copy.
      const copy = s + 1 < steps.length ? builder.clone() : builder;
      if (copy.accept(step.part)) this.extend(copy, start, step.next, step.end, definite);
    }
  }

  private offer(builder: NumberBuilder, start: number, next: number, end: number): void {
    const best = this.best;
    if (best && (end < best.end || (end === best.end && start >= best.start))) return;
    const value = builder.value();
    if (!(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) return;
    const form = builder.usedDigits ? (builder.usedWords ? "mixed" : "digits") : "words";
    this.best = { start, end, next, value, decimals: builder.decimals, form };
  }
}
