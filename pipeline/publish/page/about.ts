// About the data: what it is and covers (generated sentences), its known limits, how to cite it, its
// licence and its sources.
import { dateLabel, periodLabel } from "../i18n/periods.ts";
import { coverageSentences, sourceLimits } from "../reader/coverage.ts";
import type { ReaderSource } from "../reader/data.ts";
import { type Context, escapeHtml, externalLink, isWebUrl, mixedText, orUnknown, relativeHref, timeHtml, unknown, urlText } from "./html.ts";

function source(ctx: Context, s: ReaderSource): string {
  const title = s.title === null || s.title.trim() === "" ? ctx.t("source.untitled") : mixedText(ctx, s.title);
  const url = s.url === null ? unknown(ctx) : isWebUrl(s.url) ? externalLink(s.url, urlText(s.url)) : urlText(s.url);
  const date = (value: string | null) => timeHtml(ctx, value, (d) => dateLabel(ctx.lang, d));
  return `<li class="source">
<h3>${title} <span class="muted source-id">(<code>${escapeHtml(s.source_id)}</code>)</span></h3>
<dl>
<dt>${ctx.t("source.publisher")}</dt><dd>${orUnknown(ctx, s.publisher, (v) => mixedText(ctx, v))}</dd>
<dt>${ctx.t("source.author")}</dt><dd>${orUnknown(ctx, s.author, (v) => mixedText(ctx, v))}</dd>
<dt>${ctx.t("source.link")}</dt><dd>${url}</dd>
<dt>${ctx.t("source.published")}</dt><dd>${date(s.published)}</dd>
<dt>${ctx.t("source.retrieved")}</dt><dd>${date(s.retrieved)}</dd>
<dt>${ctx.t("source.period")}</dt><dd>${escapeHtml(periodLabel(ctx.lang, s.reference_period))}</dd>
<dt>${ctx.t("source.licence")}</dt><dd>${orUnknown(ctx, s.licence, (v) => mixedText(ctx, v))}</dd>
<dt>${ctx.t("source.notes")}</dt><dd>${orUnknown(ctx, s.notes, (v) => mixedText(ctx, v))}</dd>
</dl>
</li>`;
}

export function renderAbout(ctx: Context): string {
  const { input } = ctx;
  const licenceWeb = isWebUrl(input.licence.path);
  const licenceHref = licenceWeb ? escapeHtml(input.licence.path) : relativeHref(input.licence.path);
  const limits = [...input.limits.map((l) => l[ctx.lang]), ...sourceLimits(ctx.lang, ctx.data)];
  return `<section id="about" aria-labelledby="about-title">
<h2 id="about-title">${ctx.t("about.title")}</h2>
<p>${escapeHtml(input.description[ctx.lang])}</p>
<p>${coverageSentences(ctx.lang, ctx.data).map(escapeHtml).join(" ")}</p>
<h3 id="limits">${ctx.t("about.limits")}</h3>
<ul class="limits">
${limits.map((l) => `<li>${escapeHtml(l)}</li>`).join("\n")}
</ul>
</section>
<section id="cite" aria-labelledby="cite-title">
<h2 id="cite-title">${ctx.t("cite.title")}</h2>
<p class="citation"${ctx.lang === "en" ? "" : ' lang="en" dir="ltr"'}>${escapeHtml(input.citation)}</p>
<p>${ctx.t("cite.licence", { licence: { trusted: `<a href="${licenceHref}" rel="${licenceWeb ? "license external noreferrer" : "license"}">${escapeHtml(input.licence.title)}</a>` }, code: { trusted: `<code>${escapeHtml(input.licence.name)}</code>` } })}</p>
</section>
<section id="sources" aria-labelledby="sources-title">
<h2 id="sources-title">${ctx.t("source.title", { count: ctx.data.sources.length })}</h2>
${ctx.data.sources.length ? `<ul class="sources">\n${ctx.data.sources.map((s) => source(ctx, s)).join("\n")}\n</ul>` : `<p>${ctx.t("source.none")}</p>`}
</section>`;
}
