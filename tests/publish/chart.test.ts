import { describe, expect, it } from "vitest";

import { renderChartSvg, type ChartSeries } from "../../pipeline/publish/chart.ts";

/**
 * A small well-formedness check, enough for what renderChartSvg emits (no CDATA, comments, doctype or
 * processing instructions): tags balance, attributes are quoted, every "&" starts a known entity, and no raw
 * "<" or ">" is left in text. Returns the element names in document order.
 */
function checkWellFormed(xml: string): string[] {
  const names: string[] = [];
  const open: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let position = 0;
  while ((match = token.exec(xml))) {
    position = token.lastIndex;
    const [, closing, name, , selfClosing, text] = match;
    const content = text ?? match[3] ?? "";
    for (const entity of content.matchAll(/&([^;\s]*);?/g)) {
      if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(entity[1] ?? "") || !entity[0].endsWith(";")) {
        throw new Error(`bad entity ${entity[0]}`);
      }
    }
    if (text !== undefined) {
      if (text.includes(">")) throw new Error(`raw > in text ${JSON.stringify(text)}`);
      continue;
    }
    if (!name) throw new Error("tag without a name");
    if (closing) {
      if (open.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      names.push(name);
      if (!selfClosing) open.push(name);
    }
  }
  if (position !== xml.length) throw new Error(`cannot tokenize at ${JSON.stringify(xml.slice(position, position + 40))}`);
  if (open.length) throw new Error(`unclosed ${open.join(", ")}`);
  return names;
}

const series: ChartSeries[] = [
  {
    indicatorId: "requests",
    label: "Files & requests <processed>",
    labelAr: "ملفات وطلبات معلومات",
    unit: "files",
    points: [
      { period: "2022", value: 5800, qualifier: "" },
      { period: "2020", value: 4140, qualifier: "gt" },
      { period: "2021", value: 2900, qualifier: "approx" },
    ],
  },
  { indicatorId: "operations", label: "Interpol operations", labelAr: "عمليات \"أنتربول\"", unit: "operations", points: [{ period: "2022", value: 5, qualifier: "" }] },
  { indicatorId: "deliveries", label: "Controlled deliveries", labelAr: "التسليم المراقب", unit: "operations", points: [{ period: "2022", value: 2, qualifier: "lte" }] },
  { indicatorId: "arrests", label: "Arrests abroad", labelAr: "توقيفات", unit: "persons", points: [] },
];

function panels(svg: string): string[] {
  return svg.split('<g class="panel"').slice(1);
}

function barHeights(panel: string): number[] {
  return [...panel.matchAll(/<rect class="bar"[^>]*\sheight="([\d.]+)"/g)].map((m) => Number(m[1]));
}

describe("renderChartSvg", () => {
  it("produces a well-formed, accessible, self-contained SVG", () => {
    const svg = renderChartSvg(series, { title: "DGSN figures" });
    const names = checkWellFormed(svg);
    expect(names[0]).toBe("svg");
    expect(names.slice(1, 3)).toEqual(["title", "desc"]);
    const root = svg.slice(0, svg.indexOf(">"));
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toContain('role="img"');
    expect(root).toMatch(/ width="\d+" height="[\d.]+" viewBox="0 0 \d+ [\d.]+"/);
    expect(svg).toContain("<title id=\"chart-title\">DGSN figures</title>");
    expect(svg).not.toMatch(/<script|<style|@font-face|url\(|href=/);
  });

  it("has a checker that rejects broken XML", () => {
    expect(() => checkWellFormed("<svg><g></svg>")).toThrow(/unbalanced/);
    expect(() => checkWellFormed("<svg><text>a < b</text></svg>")).toThrow(/cannot tokenize/);
    expect(() => checkWellFormed("<svg><text>a & b</text></svg>")).toThrow(/bad entity/);
    expect(() => checkWellFormed('<svg x="1"><g>')).toThrow(/unclosed/);
    expect(checkWellFormed('<svg x="&amp;"><text>&lt;ok&gt;</text><rect/></svg>')).toEqual(["svg", "text", "rect"]);
  });

  it("draws one panel per indicator, with English and Arabic labels and the unit", () => {
    const svg = renderChartSvg(series);
    const drawn = panels(svg);
    expect(drawn).toHaveLength(series.length);
    expect(drawn.map((p) => /data-indicator="([^"]*)"/.exec(p)?.[1])).toEqual(["requests", "operations", "deliveries", "arrests"]);
    expect(drawn[0]).toMatch(/direction="rtl" xml:lang="ar"[^>]*>ملفات وطلبات معلومات<\/text>/);
    expect(drawn[0]).toContain(">unit: files</text>");
    expect(drawn[3]).toContain(">no data</text>");
  });

  it("escapes labels", () => {
    const svg = renderChartSvg(series, { title: `A & B <c> "d" 'e'` });
    expect(svg).toContain("Files &amp; requests &lt;processed&gt;");
    expect(svg).toContain("عمليات &quot;أنتربول&quot;");
    expect(svg).toContain("A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;");
    expect(svg).not.toContain("<processed>");
    checkWellFormed(svg);
  });

  it("labels values with a fixed thousands separator and the qualifier", () => {
    const first = panels(renderChartSvg(series))[0] ?? "";
    expect(first).toContain(">5\u202F800</text>");
    expect(first).toContain(">&gt;4\u202F140</text>");
    expect(first).toContain(">≈2\u202F900</text>");
    expect(panels(renderChartSvg(series))[2]).toContain(">≤2</text>");
  });

  it("orders bars by period and keeps heights proportional to values within a panel", () => {
    const [first, second, third] = panels(renderChartSvg(series));
    const periods = [...(first ?? "").matchAll(/>(20\d\d)<\/text>/g)].map((m) => m[1]);
    expect(periods).toEqual(["2020", "2021", "2022"]);
    const heights = barHeights(first ?? "");
    const values = [4140, 2900, 5800];
    expect(heights).toHaveLength(3);
    heights.forEach((h, i) => expect(h / values[i]!).toBeCloseTo(heights[2]! / 5800, 4));
    // Each panel has its own scale: the largest bar of every panel is as tall as any other panel's largest.
    expect(barHeights(second ?? "")[0]).toBe(Math.max(...heights));
    expect(barHeights(third ?? "")[0]).toBe(Math.max(...heights));
  });

  it("is deterministic and rounds coordinates to 2 decimals", () => {
    const many: ChartSeries[] = [{ ...series[0]!, points: [3, 7, 11, 13, 17, 19, 23].map((v, i) => ({ period: String(2010 + i), value: v, qualifier: "" as const })) }];
    const svg = renderChartSvg(many);
    expect(renderChartSvg(many)).toBe(svg);
    expect(renderChartSvg(structuredClone(series))).toBe(renderChartSvg(series));
    for (const match of svg.matchAll(/\s(?:x|y|x1|y1|x2|y2|width|height|font-size)="([^"]*)"/g)) {
      expect(match[1]).toMatch(/^-?\d+(\.\d{1,2})?$|^100%$/);
    }
  });

  it("does not reorder the caller's points", () => {
    const input = structuredClone(series);
    renderChartSvg(input);
    expect(input).toEqual(series);
  });

  it("says no data for empty input", () => {
    const svg = renderChartSvg([]);
    checkWellFormed(svg);
    expect(svg).toContain(">No data</text>");
    expect(svg).toContain('role="img"');
    expect(panels(svg)).toHaveLength(0);
  });
});
