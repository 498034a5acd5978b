// The tables of indicators and derived figures by period: rows are indicators (and categories of a
// breakdown), columns are periods, newest first; each figure links to the sentence it comes from.
import { periodLabel } from "../i18n/periods.ts";
import { categoryLabel } from "../reader/categories.ts";
import type { ReaderDerived, ReaderObservation } from "../reader/data.ts";
import { derivedByPeriod, indicatorsByPeriod, type WideRow } from "../reader/figures.ts";
import { derivedParts, observationParts, unitLabel } from "../reader/values.ts";
import { type Context, escapeHtml, trusted, valueHtml } from "./html.ts";

/** The anchor of an observation's quote, when the page shows it. */
export function quoteAnchors(ctx: Context): Map<string, string> {
  return new Map(ctx.data.observations.slice(0, ctx.input.quoteLimit).map((o, index) => [o.observation_id, `quote-${index + 1}`]));
}

function gap(ctx: Context): string {
  return `<td class="num gap"><span aria-hidden="true">–</span><span class="visually-hidden">${ctx.t("table.no_figure")}</span></td>`;
}

function figureHtml(ctx: Context, o: ReaderObservation, anchors: Map<string, string>): string {
  const value = valueHtml(observationParts(ctx.lang, ctx.data.units, o), { unit: false });
  const anchor = anchors.get(o.observation_id);
  const linked = anchor ? `<a href="#${anchor}">${value}</a>` : value;
  const base = o.base_period === null ? "" : ` <span class="base">${ctx.t("table.versus", { base: periodLabel(ctx.lang, o.base_period) })}</span>`;
  return `<span class="entry">${linked}${base}</span>`;
}

function rowHeader(ctx: Context, row: WideRow): string {
  const label = escapeHtml(row.indicator.label[ctx.lang]);
  return row.category === null ? label : `${label}<span class="category">${escapeHtml(categoryLabel(ctx.lang, ctx.data, row.breakdown, row.category))}</span>`;
}

function tableHtml(id: string, caption: string, head: string[], rows: string[]): string {
  return `<div class="table-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
<table class="by-period" id="${id}">
<caption id="${id}-caption">${caption}</caption>
<thead><tr>${head.join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>`;
}

function indicatorsTable(ctx: Context): string {
  const { periods, rows } = indicatorsByPeriod(ctx.data);
  const anchors = quoteAnchors(ctx);
  const head = [`<th scope="col">${ctx.t("table.indicator")}</th>`, `<th scope="col">${ctx.t("table.unit")}</th>`, ...periods.map((p) => `<th scope="col" class="num">${escapeHtml(periodLabel(ctx.lang, p))}</th>`)];
  const body = rows.map((row) => {
    const cells = periods.map((period) => {
      const figures = row.cells.get(period);
      return figures ? `<td class="num">${figures.map((o) => figureHtml(ctx, o, anchors)).join("")}</td>` : gap(ctx);
    });
    return `<tr data-indicator="${escapeHtml(row.indicator.id)}"${row.category === null ? "" : ` data-category="${escapeHtml(row.category)}"`}><th scope="row">${rowHeader(ctx, row)}</th><td class="unit">${escapeHtml(unitLabel(ctx.lang, ctx.data.units, row.indicator.unit))}</td>${cells.join("")}</tr>`;
  });
  return tableHtml("by-period", ctx.t("table.caption"), head, body);
}

function derivedCell(ctx: Context, d: ReaderDerived | undefined): string {
  if (d === undefined) return gap(ctx);
  const parts = derivedParts(ctx.lang, ctx.data.units, d);
  if (parts === null) return `<td class="num gap"><span aria-hidden="true">–</span><span class="visually-hidden">${ctx.t("derived.none")}</span></td>`;
  const interval = parts.interval ? `<span class="interval">${ctx.t("derived.between", { lower: trusted(`<bdi dir="ltr">${escapeHtml(parts.interval.lower)}</bdi>`), upper: trusted(`<bdi dir="ltr">${escapeHtml(parts.interval.upper)}</bdi>`) })}</span>` : "";
  return `<td class="num">${valueHtml(parts, { unit: false })}${interval}</td>`;
}

function derivedTable(ctx: Context): string {
  const { periods, rows } = derivedByPeriod(ctx.data);
  if (rows.length === 0) return "";
  const head = [`<th scope="col">${ctx.t("derived.figure")}</th>`, `<th scope="col">${ctx.t("table.unit")}</th>`, ...periods.map((p) => `<th scope="col" class="num">${escapeHtml(periodLabel(ctx.lang, p))}</th>`)];
  const body = rows.map(
    (row) =>
      `<tr data-derived="${escapeHtml(row.derived_id)}"><th scope="row">${escapeHtml(row.label[ctx.lang])}</th><td class="unit">${escapeHtml(unitLabel(ctx.lang, ctx.data.units, row.unit))}</td>${periods.map((p) => derivedCell(ctx, row.cells.get(p))).join("")}</tr>`,
  );
  return `<h3 id="derived-title">${ctx.t("derived.title")}</h3>
<p class="muted">${ctx.t("derived.rule")}</p>
${tableHtml("derived", ctx.t("derived.caption"), head, body)}`;
}

export function renderByPeriod(ctx: Context): string {
  return `<section id="by-period-section" aria-labelledby="by-period-title">
<h2 id="by-period-title">${ctx.t("table.title")}</h2>
<p class="muted">${ctx.t("table.intro")}</p>
${indicatorsTable(ctx)}
${derivedTable(ctx)}
</section>`;
}
