// The data card's other sections: what the data is and covers, the indicators, the sources, the files, how
// to cite, the known limits. Every text from the data is escaped.
import { fileKindOf, tableOfFile } from "../file-kinds.ts";
import { cardLanguage, languageName } from "../i18n/languages.ts";
import { dateLabel, periodLabel } from "../i18n/periods.ts";
import { coverageSentences, sourceLimits } from "../reader/coverage.ts";
import type { ReaderSource } from "../reader/data.ts";
import { unitLabel } from "../reader/values.ts";
import type { CardContext } from "./context.ts";
import { escapeInline, escapeMarkdown, fileLink, table, webLink } from "./markdown.ts";

export function whatSection(ctx: CardContext): string {
  const meta = ctx.input.catalogue.dataset;
  return `## ${ctx.t("about.title")}\n\n${escapeMarkdown(meta.description[ctx.lang])}\n\n${escapeMarkdown(coverageSentences(ctx.lang, ctx.data).join(" "))}`;
}

export function indicatorsSection(ctx: CardContext): string {
  const described = ctx.lang === "en";
  const descriptions = new Map(ctx.input.catalogue.indicators.indicators.map((i) => [i.id, i.description]));
  const rows = ctx.data.indicators.map((i) => [
    `\`${i.id}\``,
    escapeInline(i.label[ctx.lang]),
    escapeInline(unitLabel(ctx.lang, ctx.data.units, i.unit)),
    ...(described ? [escapeInline(descriptions.get(i.id) ?? "")] : []),
  ]);
  const header = [ctx.t("card.indicator_id"), ctx.t("table.indicator"), ctx.t("table.unit"), ...(described ? [ctx.t("card.what_is_counted")] : [])];
  return `## ${ctx.t("card.indicators")}\n\n${table(header, rows)}`;
}

function source(ctx: CardContext, s: ReaderSource): string {
  const unknown = ctx.t("unknown");
  const date = (value: string | null) => (value === null ? unknown : escapeInline(dateLabel(ctx.lang, value)));
  const text = (value: string | null) => (value === null || value.trim() === "" ? unknown : escapeInline(value));
  const title = s.title === null || s.title.trim() === "" ? ctx.t("source.untitled") : escapeInline(s.title);
  const address = s.url === null ? ctx.t("source.no_link") : webLink(s.url, s.url);
  const facts = [
    `${ctx.t("source.published")}: ${date(s.published)}`,
    `${ctx.t("source.retrieved")}: ${date(s.retrieved)}`,
    `${ctx.t("source.publisher")}: ${text(s.publisher)}`,
    `${ctx.t("source.author")}: ${text(s.author)}`,
    `${ctx.t("source.period")}: ${escapeInline(periodLabel(ctx.lang, s.reference_period))}`,
    `${ctx.t("source.licence")}: ${text(s.licence)}`,
  ];
  return [`- **${title}** (\`${s.source_id.replace(/`/g, "'")}\`): ${address}`, `  ${facts.join(" · ")}`, ...(s.notes ? [`  ${ctx.t("source.notes")}: ${escapeInline(s.notes)}`] : [])].join("\n");
}

export function sourcesSection(ctx: CardContext): string {
  const body = ctx.data.sources.length ? ctx.data.sources.map((s) => source(ctx, s)).join("\n") : ctx.t("source.none");
  return `## ${ctx.t("source.title", { count: ctx.data.sources.length })}\n\n${body}`;
}

export function filesSection(ctx: CardContext): string {
  const rows = ctx.input.files.map((f) => {
    const kind = fileKindOf(f.path);
    const tableName = tableOfFile(f.path);
    const language = cardLanguage(f.path);
    const what = kind
      ? ctx.t(kind.description, { table: tableName === null ? "" : (ctx.input.tableTitles[tableName]?.[ctx.lang] ?? tableName), language: language === null ? "" : languageName[language] })
      : "";
    return [fileLink(f.path, f.path), ctx.t("size.exact", { count: f.bytes }), what];
  });
  return `## ${ctx.t("card.files")}\n\n${table([ctx.t("card.file"), ctx.t("card.size"), ctx.t("card.what")], rows)}\n\n${ctx.t("card.check", { command: { trusted: "`sha256sum -c SHA256SUMS`" } })}`;
}

export function citeSection(ctx: CardContext): string {
  return `## ${ctx.t("cite.title")}\n\n> ${escapeMarkdown(ctx.input.citation)}`;
}

export function limitsSection(ctx: CardContext): string {
  const limits = [...ctx.input.catalogue.dataset.limits.map((l) => l[ctx.lang]), ...sourceLimits(ctx.lang, ctx.data)];
  return `## ${ctx.t("about.limits")}\n\n${limits.map((l) => `- ${escapeMarkdown(l)}`).join("\n")}`;
}
