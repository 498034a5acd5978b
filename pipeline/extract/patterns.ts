// Matches the catalogue's cue patterns (schemas/catalogue-indicators.schema.json) against the words around a
// number, and ranks the indicators that match: the one whose pattern holds the most conditions wins; a tie at
// the top is an ambiguity, never settled by guessing.
import type { Indicator, Pattern } from "../types/catalogue-indicators.ts";
import { wordIsAny, wordMatchesAny, wordMatchesAnyAttached } from "./cue-match.ts";
import type { Word } from "./words.ts";

/** What a number offers the patterns: its counted noun and the adjective after it (counts), its clause's words, its sentence's words so far. */
export interface PatternInput {
  counted: string | null;
  qualifier?: Word | null;
  /** The word after the qualifier (asked for only by a pattern with a genitive): the adjective of a construct. */
  afterQualifier?: () => Word | null;
  clause: readonly Word[];
  topic: readonly Word[];
  earlier: readonly Word[];
  /** The number's own clause, and the sentence's words before it on its line (asked for only when needed): where exclude_topic looks. */
  ownClause?: readonly Word[];
  earlierOnLine?: () => readonly Word[];
  /** Whether the clause sends what the number counts to a foreign country ("إلى إسبانيا"). */
  sentAbroad?: boolean;
}

export interface PatternMatch {
  indicator: Indicator;
  /** How many conditions the pattern holds: the more, the more specific. */
  strength: number;
  /** The words that satisfied the conditions, in text order. */
  evidence: Word[];
  /** The genitive of a construct closed by its adjective ("مذكرة توقيف دولية": توقيف), when the pattern asks for one. */
  construct?: Word;
}

function firstMatch(words: readonly Word[], alternatives: readonly string[]): Word | undefined {
  return words.find((word) => wordIsAny(word, alternatives));
}

/** The words satisfying every group, or undefined when one group has none. */
function groupsMatch(words: readonly Word[], groups: readonly (readonly string[])[] | undefined): Word[] | undefined {
  const found: Word[] = [];
  for (const alternatives of groups ?? []) {
    const word = firstMatch(words, alternatives);
    if (!word) return undefined;
    found.push(word);
  }
  return found;
}

/** The strength and evidence of one pattern, or undefined when it does not hold. */
export function matchPattern(pattern: Pattern, input: PatternInput): Omit<PatternMatch, "indicator"> | undefined {
  if (pattern.counted && !(input.counted !== null && wordMatchesAny(input.counted, pattern.counted))) return undefined;
  if (pattern.not_counted && input.counted !== null && wordMatchesAny(input.counted, pattern.not_counted)) return undefined;
  // "مذكرة بحث دولية": the noun after the counted one is its genitive, and the adjective after both is the construct's.
  if (pattern.genitive && !(input.qualifier && wordIsAny(input.qualifier, pattern.genitive))) return undefined;
  const qualifier = pattern.genitive ? (input.afterQualifier?.() ?? null) : (input.qualifier ?? null);
  if (pattern.qualified_by && !(qualifier && wordMatchesAnyAttached(qualifier.folded, pattern.qualified_by))) return undefined;
  if (pattern.not_qualified_by && qualifier && wordIsAny(qualifier, pattern.not_qualified_by)) return undefined;
  if (pattern.exclude && firstMatch(input.clause, pattern.exclude)) return undefined;
  if (pattern.exclude_topic && firstMatch([...(input.earlierOnLine?.() ?? []), ...(input.ownClause ?? input.clause)], pattern.exclude_topic)) return undefined;
  if (pattern.not_sent_abroad && input.sentAbroad) return undefined;
  const context = groupsMatch(input.clause, pattern.context);
  if (!context) return undefined;
  const topic = groupsMatch(input.topic, pattern.topic);
  if (!topic) return undefined;
  const earlier = groupsMatch(input.earlier, pattern.earlier);
  if (!earlier) return undefined;
  const strength = (pattern.counted ? 1 : 0) + (pattern.genitive ? 2 : 0) + (pattern.qualified_by ? 1 : 0) + (pattern.context?.length ?? 0) + (pattern.topic?.length ?? 0) + (pattern.earlier?.length ?? 0);
  const evidence = [...(pattern.genitive ? [input.qualifier!] : []), ...(pattern.qualified_by ? [qualifier!] : []), ...context, ...topic, ...earlier];
  return pattern.genitive && pattern.qualified_by ? { strength, evidence, construct: input.qualifier! } : { strength, evidence };
}

/** The best match of each indicator among `indicators`, strongest first. */
export function rankIndicators(indicators: readonly Indicator[], input: PatternInput): PatternMatch[] {
  const matches: PatternMatch[] = [];
  for (const indicator of indicators) {
    let best: PatternMatch | undefined;
    for (const pattern of indicator.cues ?? []) {
      const match = matchPattern(pattern, input);
      if (match && (!best || match.strength > best.strength)) best = { indicator, ...match };
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => b.strength - a.strength);
}

export type Decision = { match: PatternMatch } | { ambiguous: PatternMatch[] } | { none: true };

/**
 * The single strongest match, an ambiguity between the tied strongest, or none. Of a tie, a construct closed by its
 * adjective wins over patterns that take its genitive for one of their context words: in "39 مذكرة
 * توقيف دولية" the word توقيف is the warrant's own, so it tells of no notice stopping a search.
 */
export function decide(matches: readonly PatternMatch[]): Decision {
  const [first, second] = matches;
  if (!first) return { none: true };
  if (!second || second.strength !== first.strength) return { match: first };
  const tied = matches.filter((m) => m.strength === first.strength);
  const constructs = tied.filter((m) => m.construct !== undefined);
  const [construct] = constructs;
  const borrowsGenitive = (m: PatternMatch) => m === construct || m.evidence.some((w) => w.start === construct!.construct!.start);
  if (constructs.length === 1 && tied.every(borrowsGenitive)) return { match: construct! };
  return { ambiguous: tied };
}
