// What the extract stage reads a number as: a figure (indicator, category, period, base period, quote span),
// a number held back (with the reason it cannot be vouched for), or an unaccounted number. Each carries its
// evidence: the words that decided, as the text writes them.
import type { Indicator } from "../types/catalogue-indicators.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { Word } from "./words.ts";

export interface FigureReading {
  status: "figure";
  indicator: Indicator;
  breakdown: string | null;
  category: string | null;
  period: string;
  basePeriod: string | null;
  value: number;
  qualifier: NumberMention["qualifier"];
  /** The quote's raw span: the number and the words that give it its meaning. */
  quoteStart: number;
  quoteEnd: number;
  evidence: string;
  /** Set when an audited correction changed the reading: why, and what the text or the pipeline said. */
  correction?: { reason: string; original: Record<string, unknown> };
  /**
   * Set for a change whose text named no base: its base is the same period a year earlier (periods.json
   * implicit_base); "earlier_level" when it named an earlier level without its period, which only the one count
   * of the text the change is computed from can date (implicit-bases.ts).
   */
  implicitBase?: true | "earlier_level";
}

export interface DoubtReading {
  status: "held_back" | "unaccounted";
  indicatorId: string | null;
  period: string | null;
  reason: string;
  evidence: string | null;
  /** What a reviewer needs to settle it (`explain` turns it into a catalogue entry or a correction). */
  hint?: DoubtHint;
}

export interface DoubtHint {
  /** The counted noun, folded, when there is one. */
  counted?: string;
  /** The word right before the number in its clause (a governing verb or noun), folded. */
  governor?: string;
  /** The indicators that fit equally well. */
  candidates?: string[];
  /** What the text does not say clearly enough. */
  missing?: "period" | "base_period";
}

export type Reading = FigureReading | DoubtReading;

/** What becomes of a number of the article: a reading, a status that needs none, or an ignore rule's verdict. */
export type Outcome =
  | { reading: Reading; sentence: { start: number; end: number } }
  | { status: "year" | "date" | "time" | "identifier" }
  | { status: "ignored"; reason: string };

/** Evidence as people read it: each role with the words of the text that played it. */
export class Evidence {
  private readonly parts: string[] = [];

  constructor(private readonly text: string, qualifierVerb: Word | null = null) {
    if (qualifierVerb) this.words("qualifier", [qualifierVerb]);
  }

  words(role: string, words: ReadonlyArray<Word | { start: number; end: number }>): this {
    if (words.length > 0) this.parts.push(`${role} ${words.map((w) => `«${this.text.slice(w.start, w.end)}»`).join(" ")}`);
    return this;
  }

  note(part: string): this {
    this.parts.push(part);
    return this;
  }

  toString(): string {
    return this.parts.join("; ");
  }
}

export function heldBack(reason: string, evidence: Evidence | null, indicatorId: string | null = null, period: string | null = null, hint?: DoubtHint): DoubtReading {
  return { status: "held_back", indicatorId, period, reason, evidence: evidence?.toString() || null, ...(hint && { hint }) };
}

export function unaccounted(reason: string, evidence: Evidence | null = null, hint?: DoubtHint): DoubtReading {
  return { status: "unaccounted", indicatorId: null, period: null, reason, evidence: evidence?.toString() || null, ...(hint && { hint }) };
}

/** The smallest span holding the number and every given span. */
export function quoteSpan(mention: NumberMention, spans: ReadonlyArray<{ start: number; end: number } | null | undefined>): { quoteStart: number; quoteEnd: number } {
  let quoteStart = mention.start;
  let quoteEnd = mention.end;
  for (const span of spans) {
    if (!span) continue;
    quoteStart = Math.min(quoteStart, span.start);
    quoteEnd = Math.max(quoteEnd, span.end);
  }
  return { quoteStart, quoteEnd };
}
