// The latest period's key figures: value and unit, the qualifier mark, the change on earlier periods.
import { periodLabel } from "../i18n/periods.ts";
import { type KeyFigure, keyFigures, latestPeriod } from "../reader/figures.ts";
import { changeParts, observationParts } from "../reader/values.ts";
import { type Context, escapeHtml, trusted, valueHtml } from "./html.ts";

function changeLine(ctx: Context, figure: KeyFigure): string {
  if (figure.changes.length === 0) return "";
  const items = figure.changes.map((change) =>
    ctx.t(change.stated ? "key.change" : "key.change_computed", { value: trusted(valueHtml(changeParts(ctx.lang, change))), base: periodLabel(ctx.lang, change.base_period) }),
  );
  return `\n<p class="change">${items.join("<br>")}</p>`;
}

function card(ctx: Context, figure: KeyFigure, index: number): string {
  const parts = observationParts(ctx.lang, ctx.data.units, figure.figure);
  return `<li class="key-figure" id="key-${index + 1}" data-indicator="${escapeHtml(figure.indicator.id)}">
<p class="figure">${valueHtml(parts)}</p>
<p class="label">${escapeHtml(figure.indicator.label[ctx.lang])}</p>${changeLine(ctx, figure)}
</li>`;
}

export function renderKeyFigures(ctx: Context): string {
  const period = latestPeriod(ctx.data);
  const figures = keyFigures(ctx.data);
  if (period === null || figures.length === 0) {
    return `<section id="key-figures" aria-labelledby="key-title">\n<h2 id="key-title">${ctx.t("key.title_none")}</h2>\n<p>${ctx.t("key.none")}</p>\n</section>`;
  }
  return `<section id="key-figures" aria-labelledby="key-title">
<h2 id="key-title">${ctx.t("key.title", { period: periodLabel(ctx.lang, period) })}</h2>
<ul class="key-figures">
${figures.map((figure, index) => card(ctx, figure, index)).join("\n")}
</ul>
</section>`;
}
