// The chart section: the SVG the chart code renders for the version, or nothing when the version has none.
import { type Context, relativeHref } from "./html.ts";

export function renderChart(ctx: Context): string {
  const path = ctx.input.chartPath;
  if (path === null) return "";
  return `<section id="chart" aria-labelledby="chart-title">
<h2 id="chart-title">${ctx.t("chart.title")}</h2>
<figure>
<img src="${relativeHref(path)}" alt="${ctx.t("chart.alt")}">
<figcaption>${ctx.t("chart.caption", { link: { trusted: `<a href="${relativeHref(path)}">${ctx.t("chart.open")}</a>` } })}</figcaption>
</figure>
</section>`;
}
