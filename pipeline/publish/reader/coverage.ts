// What the data covers, counted from the data itself, for the sentences of the page and the data card that
// must stay true as sources are added: how many sources, which periods, whether there is a series, what is
// unknown about the sources.
import type { Lang } from "../i18n/languages.ts";
import { type MessageKey, text } from "../i18n/messages.ts";
import { periodLabel } from "../i18n/periods.ts";
import type { ReaderData } from "./data.ts";
import { byPeriodNewestFirst } from "./figures.ts";

export interface Coverage {
  sources: number;
  /** Periods with figures, oldest first. */
  periods: string[];
  /** Indicators (and categories) with figures for more than one period. */
  series: number;
  /** Sources whose outlet (publisher) is not known. */
  unknownPublisher: number;
  unknownAuthor: number;
}

export function coverageOf(data: ReaderData): Coverage {
  const periods = [...new Set(data.observations.map((o) => o.period))].sort(byPeriodNewestFirst).reverse();
  const periodsOf = new Map<string, Set<string>>();
  for (const o of data.observations) {
    const key = `${o.indicator_id}|${o.category ?? ""}`;
    const set = periodsOf.get(key) ?? new Set<string>();
    set.add(o.period);
    periodsOf.set(key, set);
  }
  return {
    sources: data.sources.length,
    periods,
    series: [...periodsOf.values()].filter((set) => set.size > 1).length,
    unknownPublisher: data.sources.filter((s) => s.publisher === null).length,
    unknownAuthor: data.sources.filter((s) => s.author === null).length,
  };
}

/** What the data covers, in sentences of the language: generated, so that they stay true as data is added. */
export function coverageSentences(lang: Lang, data: ReaderData): string[] {
  const c = coverageOf(data);
  const sentences = [text(lang, "coverage.sources", { count: c.sources })];
  const first = c.periods[0];
  const last = c.periods.at(-1);
  if (first === undefined || last === undefined) sentences.push(text(lang, "coverage.no_figures"));
  else if (c.periods.length === 1) sentences.push(text(lang, "coverage.period_one", { period: periodLabel(lang, first) }));
  else sentences.push(text(lang, "coverage.period_many", { count: c.periods.length, first: periodLabel(lang, first), last: periodLabel(lang, last) }));
  if (first !== undefined) sentences.push(c.series === 0 ? text(lang, "coverage.series_none") : text(lang, "coverage.series", { count: c.series }));
  return sentences;
}

/** Limits that depend on the sources: what is not known of them. */
export function sourceLimits(lang: Lang, data: ReaderData): string[] {
  const c = coverageOf(data);
  const sentence = (unknown: number, all: MessageKey, some: MessageKey) =>
    unknown === 0 ? [] : [unknown === c.sources ? text(lang, all, { count: c.sources }) : text(lang, some, { count: unknown, total: c.sources })];
  return [
    ...sentence(c.unknownPublisher, "limits.publisher_unknown_all", "limits.publisher_unknown_some"),
    ...sentence(c.unknownAuthor, "limits.author_unknown_all", "limits.author_unknown_some"),
  ];
}
