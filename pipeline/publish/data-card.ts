// README.md of a version: the data card, written for a person deciding whether and how to use the data.
import type { Catalogue } from "../catalogue/load.ts";
import { formatNumber, formatQualified, type QualifierCode } from "./format.ts";
import type { VersionStamp } from "./datapackage.ts";
import type { Row, Tables } from "./tables.ts";

export interface DataCardInput {
  catalogue: Catalogue;
  stamp: VersionStamp;
  tables: Tables;
  citation: string;
  files: Array<{ path: string; bytes: number; description: string }>;
  chartPath: string;
}

/** Markdown table cells cannot hold a pipe or a line break. */
const cell = (text: unknown) => String(text ?? "").replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");

const qualified = (row: Row) => formatQualified(row.value as number, (row.qualifier as QualifierCode | null) ?? null);

function latestValues(indicatorId: string, observations: Row[]): string {
  const rows = observations.filter((o) => o.indicator_id === indicatorId);
  const latest = rows.map((o) => String(o.period)).sort().at(-1);
  if (latest === undefined) return "not published yet";
  return rows
    .filter((o) => o.period === latest)
    .map((o) => `${qualified(o)} (${latest}${o.base_period ? ` vs ${o.base_period}` : ""})`)
    .filter((text, index, all) => all.indexOf(text) === index)
    .join("; ");
}

/** The value with its qualifier, and the interval when the inputs leave a range on both sides. */
function derivedValue(row: Row): string {
  if (row.value === null) return `— (${String(row.reason)})`;
  const { lower, upper } = row as { lower: number | null; upper: number | null };
  const interval = lower !== null && upper !== null && lower !== upper ? ` [${formatNumber(lower)}, ${formatNumber(upper)}]` : "";
  return `${qualified(row)}${interval}`;
}

export function renderDataCard(input: DataCardInput): string {
  const { catalogue, stamp, tables } = input;
  const meta = catalogue.dataset;
  const observations = tables.observations.rows;
  const derivations = new Map(catalogue.derivations.derivations.map((d) => [d.id, d]));
  const sources = tables.sources.rows.map((s) =>
    [
      `- **${cell(s.title ?? s.source_id)}** (\`${String(s.source_id)}\`): ${s.url ? `<${String(s.url)}>` : "no known address"}.`,
      `  Published: ${String(s.published ?? "unknown")}; retrieved: ${String(s.retrieved ?? "unknown")}; publisher: ${String(s.publisher ?? "unknown")}; figures for ${String(s.reference_period)}; licence of the text: ${String(s.licence ?? "unknown")}.`,
      ...(s.notes ? [`  ${String(s.notes)}`] : []),
    ].join("\n"),
  );
  return `${[
    `# ${meta.title.en}`,
    `<p dir="rtl" lang="ar">${meta.title.ar}</p>`,
    `Version **${stamp.version}**${stamp.date ? `, released ${stamp.date}` : ""}. Licence: [${meta.licence.title}](${meta.licence.path}).`,
    `## What this is\n\n${meta.description.en}\n\n<p dir="rtl" lang="ar">${meta.description.ar}</p>`,
    `## How to cite\n\n> ${input.citation}`,
    `## Indicators\n\n${table(
      ["Indicator", "Arabic", "English", "Latest value", "Unit"],
      catalogue.indicators.indicators.map((i) => [`\`${i.id}\``, i.label.ar, i.label.en, latestValues(i.id, observations), i.unit]),
    )}`,
    `## Derived figures\n\nComputed from the observations; the interval is what the rounding and the qualifiers of the inputs allow.\n\n${table(
      ["Figure", "Period", "Value [interval]", "Unit", "How it is computed"],
      tables.derived.rows.map((d) => [String(d.label_en), String(d.period), derivedValue(d), String(d.unit), `\`${String(d.method)}\`. ${derivations.get(String(d.derived_id))?.description ?? ""}`]),
    )}`,
    `## Figures per indicator and year\n\n![Figures per indicator and year](${input.chartPath})`,
    `## Sources\n\n${sources.join("\n")}`,
    `## Files\n\n${table(["File", "Bytes", "What"], input.files.map((f) => [`[${f.path}](${f.path})`, String(f.bytes), f.description]))}\n\nCheck them with \`sha256sum -c SHA256SUMS\` in this folder.`,
    `## Known limits\n\n${meta.limits.map((l) => `- ${l}`).join("\n")}`,
  ].join("\n\n")}\n`;
}
