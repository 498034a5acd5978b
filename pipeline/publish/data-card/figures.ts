// The data card's figures: the latest period's key figures, the indicators by period (the wide view), the
// derived figures rounded by the rule of reader/rounding.ts.
import { periodLabel } from "../i18n/periods.ts";
import { categoryLabel } from "../reader/categories.ts";
import { derivedByPeriod, indicatorsByPeriod, keyFigures, latestPeriod } from "../reader/figures.ts";
import { changeParts, derivedParts, observationParts, plainValue, unitLabel } from "../reader/values.ts";
import type { CardContext } from "./context.ts";
import { escapeInline, table } from "./markdown.ts";

export function keyFiguresSection(ctx: CardContext): string {
  const period = latestPeriod(ctx.data);
  const figures = keyFigures(ctx.data);
  if (period === null || figures.length === 0) return `## ${ctx.t("key.title_none")}\n\n${ctx.t("key.none")}`;
  const items = figures.map((f) => {
    const value = plainValue(observationParts(ctx.lang, ctx.data.units, f.figure));
    const changes = f.changes.map((c) => ctx.t(c.stated ? "key.change" : "key.change_computed", { value: plainValue(changeParts(ctx.lang, c)), base: periodLabel(ctx.lang, c.base_period) }));
    return `- **${escapeInline(value)}** — ${escapeInline(f.indicator.label[ctx.lang])}${changes.length ? ` (${changes.join(ctx.t("list.separator"))})` : ""}`;
  });
  return `## ${ctx.t("key.title", { period: periodLabel(ctx.lang, period) })}\n\n${items.join("\n")}`;
}

export function byPeriodSection(ctx: CardContext): string {
  const { periods, rows } = indicatorsByPeriod(ctx.data);
  const header = [ctx.t("table.indicator"), ctx.t("table.unit"), ...periods.map((p) => escapeInline(periodLabel(ctx.lang, p)))];
  const body = rows.map((row) => {
    const label = escapeInline(row.indicator.label[ctx.lang]) + (row.category === null ? "" : ` (${escapeInline(categoryLabel(ctx.lang, ctx.data, row.breakdown, row.category))})`);
    const cells = periods.map((period) =>
      (row.cells.get(period) ?? [])
        .map((o) => {
          const value = escapeInline(plainValue({ ...observationParts(ctx.lang, ctx.data.units, o), unit: "" }));
          return o.base_period === null ? value : `${value} ${ctx.t("table.versus", { base: periodLabel(ctx.lang, o.base_period) })}`;
        })
        .join(ctx.t("list.separator")) || "–",
    );
    return [label, escapeInline(unitLabel(ctx.lang, ctx.data.units, row.indicator.unit)), ...cells];
  });
  return `## ${ctx.t("table.title")}\n\n${ctx.t("table.intro_card")}\n\n${table(header, body)}`;
}

export function derivedSection(ctx: CardContext): string {
  const { rows } = derivedByPeriod(ctx.data);
  if (rows.length === 0) return "";
  const descriptions = new Map(ctx.input.catalogue.derivations.derivations.map((d) => [d.id, d.description]));
  const body = ctx.data.derived.map((d) => {
    const parts = derivedParts(ctx.lang, ctx.data.units, d);
    const value = parts === null ? `— ${ctx.lang === "en" && d.reason ? `(${escapeInline(d.reason)})` : ctx.t("derived.none")}` : escapeInline(plainValue({ ...parts, unit: "" }));
    const interval = parts?.interval ? ctx.t("derived.between", { lower: parts.interval.lower, upper: parts.interval.upper }) : "";
    const how = `\`${d.method.replace(/`/g, "'")}\`${ctx.lang === "en" && descriptions.get(d.derived_id) ? ` ${escapeInline(descriptions.get(d.derived_id)!)}` : ""}`;
    return [escapeInline(d.label[ctx.lang]), escapeInline(periodLabel(ctx.lang, d.period)), value, interval, escapeInline(unitLabel(ctx.lang, ctx.data.units, d.unit)), how];
  });
  return `## ${ctx.t("derived.title")}\n\n${ctx.t("derived.rule")} ${ctx.t("derived.full_precision")}\n\n${table(
    [ctx.t("derived.figure"), ctx.t("table.period"), ctx.t("derived.value"), ctx.t("derived.interval"), ctx.t("table.unit"), ctx.t("derived.method")],
    body,
  )}`;
}
