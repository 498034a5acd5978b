// Where each figure comes from: the sentence of the source that holds it, the quote marked inside it, and
// its place in the source text.
import { periodLabel } from "../i18n/periods.ts";
import { categoryLabel } from "../reader/categories.ts";
import type { ReaderObservation, ReaderSource } from "../reader/data.ts";
import { observationParts } from "../reader/values.ts";
import { type Context, escapeHtml, externalLink, isWebUrl, mixedText, trusted, urlText, valueHtml } from "./html.ts";

/** The sentence with the quote marked: by its offsets when they fall inside the sentence, else by searching it. */
export function markedSentence(o: Pick<ReaderObservation, "sentence" | "sentence_start" | "quote" | "start" | "end">): string {
  const from = o.start - o.sentence_start;
  const to = o.end - o.sentence_start;
  let at = from >= 0 && to <= o.sentence.length && o.sentence.slice(from, to) === o.quote ? from : o.sentence.indexOf(o.quote);
  if (at < 0) return `${escapeHtml(o.sentence)}`;
  const end = at + o.quote.length;
  return `${escapeHtml(o.sentence.slice(0, at))}<mark>${escapeHtml(o.quote)}</mark>${escapeHtml(o.sentence.slice(end))}`;
}

function sourceHtml(ctx: Context, source: ReaderSource | undefined, id: string): string {
  const title = source?.title ? mixedText(ctx, source.title) : `<span class="unknown">${ctx.t("source.untitled")}</span>`;
  const url = source?.url ?? null;
  const linked = url !== null && isWebUrl(url) ? externalLink(url, title) : url === null ? title : `${title} (${urlText(url)})`;
  return `${linked} <span class="nowrap">(<code>${escapeHtml(id)}</code>)</span>`;
}

function item(ctx: Context, o: ReaderObservation, index: number, sources: Map<string, ReaderSource>): string {
  const n = index + 1;
  const indicator = ctx.data.indicators.find((i) => i.id === o.indicator_id);
  const label = escapeHtml(indicator?.label[ctx.lang] ?? o.indicator_id);
  const category = o.category === null ? "" : ` (${escapeHtml(categoryLabel(ctx.lang, ctx.data, o.breakdown, o.category))})`;
  const period = o.base_period === null ? escapeHtml(periodLabel(ctx.lang, o.period)) : ctx.t("quote.period_versus", { period: periodLabel(ctx.lang, o.period), base: periodLabel(ctx.lang, o.base_period) });
  return `<li id="quote-${n}" class="quote" data-observation-id="${escapeHtml(o.observation_id)}">
<p class="quote-head"><strong>${label}</strong>${category}, ${period}: ${valueHtml(observationParts(ctx.lang, ctx.data.units, o))}</p>
<blockquote lang="ar" dir="rtl"><p>${markedSentence(o)}</p></blockquote>
<p class="quote-meta">${ctx.t("quote.meta", { source: trusted(sourceHtml(ctx, sources.get(o.source_id), o.source_id)), line: o.line, column: o.column, start: o.start, end: o.end })}</p>
</li>`;
}

export function renderQuotes(ctx: Context): string {
  const shown = ctx.data.observations.slice(0, ctx.input.quoteLimit);
  const sources = new Map(ctx.data.sources.map((s) => [s.source_id, s]));
  const total = ctx.data.observations.length;
  const note = shown.length < total ? `\n<p class="muted">${ctx.t("quote.limited", { shown: shown.length, count: total })}</p>` : "";
  return `<section id="quotes" aria-labelledby="quotes-title">
<h2 id="quotes-title">${ctx.t("quote.title")}</h2>
<p class="muted">${ctx.t("quote.intro")}</p>${note}
<ol class="quotes">
${shown.map((o, index) => item(ctx, o, index, sources)).join("\n")}
</ol>
</section>`;
}
