/**
 * The download page of a publication: output/index.html, one self-contained file (inline CSS, no script
 * except the JSON-LD data block, no request outside its own folder), readable from a web server or from
 * file:// alike.
 *
 * renderIndexPage is pure: the same input gives the same string. It reads no clock and no locale; numbers
 * are grouped by hand (toLocaleString and Intl depend on the ICU data of the machine). Every text of the
 * input is escaped; every link to a published file is relative to output/; the only absolute links are
 * <a href> to the sources and the licence, which the page never fetches by itself. A Content-Security-Policy
 * pins that down in the browser: nothing but images from the page's own origin and the inline style, whose
 * hash is computed here.
 */
import { createHash } from "node:crypto";
import { escapeMarkup as escapeHtml, formatNumber, QUALIFIER_SIGN, QUALIFIER_WORDS } from "./format.ts";

export interface PageFile {
  /** Relative to output/, e.g. "1.0.0/observations.csv". */
  path: string;
  /** "Observations (CSV)" */
  label: string;
  /** "CSV", "CSV for Excel", "XLSX", "JSON", "Data Package", "Checksums", "Data card", "Chart", "JSON-LD" */
  format: string;
  bytes: number;
  sha256: string;
}

export interface PageVersion {
  version: string;
  date: string | null;
  summary: string;
  /** Plain-text lines of its changelog entry. */
  changes: string[];
  files: PageFile[];
}

export type PageQualifier = "" | "gt" | "gte" | "lt" | "lte" | "approx";

export interface PageObservation {
  observation_id: string;
  indicator_id: string;
  label_en: string;
  label_ar: string;
  period: string;
  base_period: string | null;
  value: number;
  qualifier: PageQualifier;
  unit: string;
  quote: string;
  source_id: string;
  source_title: string | null;
  source_url: string | null;
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface PageSource {
  source_id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
  retrieved: string | null;
  reference_period: string;
  notes: string | null;
}

export interface PageInput {
  title: { en: string; ar: string };
  description: { en: string; ar: string };
  licence: { name: string; title: string; path: string };
  /** Plain text "how to cite", naming the version. */
  citation: string;
  /** Newest first; versions[0] is the latest. */
  versions: PageVersion[];
  /** Of the latest version, in published order. */
  observations: PageObservation[];
  /** How many observations the latest version has, when `observations` shows only the first of them. */
  observationTotal?: number;
  sources: PageSource[];
  /** E.g. "latest/chart.svg", shown with <img alt=...>. */
  chartPath: string | null;
  /** schema.org Dataset, embedded as <script type="application/ld+json"> in <head>. */
  jsonLd: object;
}

const QUALIFIER_ORDER: PageQualifier[] = ["gt", "gte", "lt", "lte", "approx"];

/** Thousands separator: U+202F narrow no-break space, as in the chart (never mistaken for a decimal mark). */
const GROUP = "\u202F";
const UNKNOWN = '<span class="unknown">unknown</span>';

// ---------------------------------------------------------------------------------------------------------
// Text, numbers, links

/** 1234567 → "1.2 MB" (SI units, one decimal), below 1000 → "999 bytes". */
export function formatBytes(bytes: number): string {
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new Error(`renderIndexPage: ${bytes} is not a byte count`);
  if (bytes < 1000) return bytes === 1 ? "1 byte" : `${bytes} bytes`;
  const units = ["kB", "MB", "GB", "TB"];
  let scaled = bytes / 1000;
  let unit = 0;
  while (Math.round(scaled * 10) / 10 >= 1000 && unit < units.length - 1) {
    scaled /= 1000;
    unit += 1;
  }
  const [whole = "0", tenth = "0"] = (Math.round(scaled * 10) / 10).toFixed(1).split(".");
  return `${formatNumber(Number(whole))}.${tenth} ${units[unit]}`;
}

/** "1.0.0/observations.csv" → the same, each segment percent-encoded; refuses anything that is not a plain relative path. */
export function relativeHref(path: string): string {
  const segments = path.split("/");
  if (
    path === "" ||
    path.includes("\\") ||
    /^[a-z][a-z0-9+.-]*:/i.test(path) ||
    segments.some((segment) => segment === "" || segment === "." || segment === "..")
  ) {
    throw new Error(`renderIndexPage: "${path}" is not a relative path inside output/`);
  }
  return segments.map((segment) => encodeURIComponent(segment)).join("/");
}

/** Only http(s) URLs become links to other sites; anything else (javascript:, data:, …) is shown as text. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#]+/i.test(url) && !/[\u0000-\u001F\s]/.test(url);
}

/** Text that is mostly Arabic script gets lang="ar" dir="rtl"; other text is isolated with dir="auto". */
function isArabic(text: string): boolean {
  const arabic = text.match(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > 0 && arabic >= latin;
}

function mixedText(text: string): string {
  return isArabic(text) ? `<bdi lang="ar" dir="rtl">${escapeHtml(text)}</bdi>` : `<bdi>${escapeHtml(text)}</bdi>`;
}

function orUnknown(value: string | null, render: (value: string) => string = escapeHtml): string {
  return value === null || value.trim() === "" ? UNKNOWN : render(value);
}

function externalLink(url: string, content: string): string {
  return `<a href="${escapeHtml(url)}" rel="external noreferrer">${content}</a>`;
}

/** A URL as visible text: always left to right, even when it holds Arabic letters. */
function urlText(url: string): string {
  return `<span class="url" dir="ltr">${escapeHtml(url)}</span>`;
}

// ---------------------------------------------------------------------------------------------------------
// Parts of the page

function renderFiles(files: PageFile[], versionLabel: string): string {
  if (files.length === 0) return "<p>No files.</p>";
  const items = files.map((file) => {
    if (!/^[0-9a-f]{64}$/.test(file.sha256)) {
      throw new Error(`renderIndexPage: ${file.path} has no valid sha256 (64 lowercase hex digits): "${file.sha256}"`);
    }
    return [
      '<li class="file">',
      `<a class="download" href="${relativeHref(file.path)}" download>${escapeHtml(file.label)}</a>`,
      ` <span class="format">${escapeHtml(file.format)}</span>`,
      file.bytes < 1000
        ? ` <span class="size"><span class="bytes">${escapeHtml(formatBytes(file.bytes))}</span></span>`
        : ` <span class="size">${escapeHtml(formatBytes(file.bytes))} <span class="bytes">(${formatNumber(file.bytes)} bytes)</span></span>`,
      ` <span class="path"><code>${escapeHtml(file.path)}</code></span>`,
      ` <span class="hash"><abbr title="SHA-256 checksum">SHA-256</abbr> <code class="sha256">${file.sha256}</code></span>`,
      "</li>",
    ].join("");
  });
  return `<ul class="files" aria-label="${escapeHtml(`Files of ${versionLabel}`)}">\n${items.join("\n")}\n</ul>`;
}

function renderChanges(changes: string[]): string {
  if (changes.length === 0) return '<p class="muted">No changelog entry.</p>';
  return `<ul class="changes">\n${changes.map((line) => `<li>${escapeHtml(line)}</li>`).join("\n")}\n</ul>`;
}

function versionHeading(version: PageVersion): string {
  const date = version.date === null ? `date ${UNKNOWN}` : `<time datetime="${escapeHtml(version.date)}">${escapeHtml(version.date)}</time>`;
  return `Version ${escapeHtml(version.version)} <span class="date">(${date})</span>`;
}

function renderLatest(latest: PageVersion): string {
  return `<section id="download" aria-labelledby="download-title">
<h2 id="download-title">Download the latest version</h2>
<p class="version-line"><strong>${versionHeading(latest)}</strong>: ${escapeHtml(latest.summary)}</p>
<p class="muted">Every file with its size and its SHA-256 checksum, to check a download with <code>sha256sum</code>. The folder <code>latest/</code> beside this page always holds a copy of the newest version.</p>
${renderFiles(latest.files, `version ${latest.version}`)}
<h3 id="changes">What changed in version ${escapeHtml(latest.version)}</h3>
${renderChanges(latest.changes)}
</section>`;
}

function valueHtml(observation: PageObservation): string {
  const words = QUALIFIER_WORDS[observation.qualifier];
  const sign = QUALIFIER_SIGN[observation.qualifier];
  return [
    words ? `<span class="visually-hidden">${words} </span>` : "",
    sign ? `<span class="qualifier" aria-hidden="true">${escapeHtml(sign)}</span>` : "",
    `<span class="v">${formatNumber(observation.value)}</span>`,
  ].join("");
}

function renderPreview(observations: PageObservation[], latest: PageVersion, sourceCount: number, total: number): string {
  const rows = observations.map((o, index) => {
    const n = index + 1;
    const base =
      o.base_period === null
        ? '<span aria-hidden="true">–</span><span class="visually-hidden">none</span>'
        : escapeHtml(o.base_period);
    return [
      `<tr id="obs-${n}" data-observation-id="${escapeHtml(o.observation_id)}">`,
      `<th scope="row"><span class="label-en">${escapeHtml(o.label_en)}</span> <span class="label-ar" lang="ar" dir="rtl">${escapeHtml(o.label_ar)}</span></th>`,
      `<td class="num"><a class="value" href="#quote-${n}">${valueHtml(o)}</a></td>`,
      `<td class="unit">${escapeHtml(o.unit)}</td>`,
      `<td class="period">${escapeHtml(o.period)}</td>`,
      `<td class="base">${base}</td>`,
      "</tr>",
    ].join("");
  });
  const used = QUALIFIER_ORDER.filter((q) => observations.some((o) => o.qualifier === q));
  const legend = used.length
    ? `<p class="legend muted">${used.map((q) => `<span class="nowrap">${escapeHtml(QUALIFIER_SIGN[q])} ${QUALIFIER_WORDS[q]}</span>`).join(" · ")}. Numbers are grouped by thousands with a thin space: 5${GROUP}800 is five thousand eight hundred.</p>`
    : `<p class="legend muted">Numbers are grouped by thousands with a thin space: 5${GROUP}800 is five thousand eight hundred.</p>`;
  const all = total === 1 ? "1 figure" : `${formatNumber(total)} figures`;
  const figures = observations.length < total ? `first ${formatNumber(observations.length)} of the ${all}` : all;
  const sources = sourceCount === 1 ? "1 source" : `${formatNumber(sourceCount)} sources`;
  return `<section id="preview" aria-labelledby="preview-title">
<h2 id="preview-title">Preview of the observations</h2>
<p>The ${figures} from ${sources} in <code>observations.csv</code> of version ${escapeHtml(latest.version)}, with each indicator named in English and Arabic. Select a value to read the words of the source it comes from.</p>
<div class="table-scroll" role="region" aria-labelledby="preview-caption" tabindex="0">
<table class="observations">
<caption id="preview-caption">Observations, version ${escapeHtml(latest.version)}</caption>
<thead><tr><th scope="col">Indicator</th><th scope="col" class="num">Value</th><th scope="col">Unit</th><th scope="col">Year</th><th scope="col">Compared with</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>
${legend}
</section>`;
}

function renderQuotes(observations: PageObservation[]): string {
  const items = observations.map((o, index) => {
    const n = index + 1;
    const title = o.source_title === null ? `<span class="unknown">untitled source</span>` : mixedText(o.source_title);
    const source =
      o.source_url !== null && isWebUrl(o.source_url)
        ? externalLink(o.source_url, title)
        : `${title}${o.source_url === null ? " (link unknown)" : ` (${urlText(o.source_url)})`}`;
    return `<li id="quote-${n}" class="quote">
<p class="quote-head"><strong>${escapeHtml(o.label_en)}</strong>, ${escapeHtml(o.period)}${o.base_period === null ? "" : ` compared with ${escapeHtml(o.base_period)}`}: ${valueHtml(o)} ${escapeHtml(o.unit)}</p>
<blockquote lang="ar" dir="rtl"><p>${escapeHtml(o.quote)}</p></blockquote>
<p class="quote-meta">Source: ${source} <span class="nowrap">(<code>${escapeHtml(o.source_id)}</code>)</span>, <span class="position">line ${o.line}, column ${o.column}</span>, <span class="offsets">characters ${o.start} to ${o.end}</span>. <a href="#obs-${n}">Back to the table</a></p>
</li>`;
  });
  return `<section id="quotes" aria-labelledby="quotes-title">
<h2 id="quotes-title">Where each figure comes from</h2>
<p class="muted">The exact words of the source, with their line and column in the source text and their offsets (in UTF-16 code units, as in <code>observations.csv</code>).</p>
<ol class="quotes">
${items.join("\n")}
</ol>
</section>`;
}

function renderChart(chartPath: string | null): string {
  if (chartPath === null) return "";
  return `<section id="chart" aria-labelledby="chart-title">
<h2 id="chart-title">Chart</h2>
<figure>
<img src="${relativeHref(chartPath)}" alt="Bar charts of the figures per indicator and year, one panel per indicator. The same figures are in the preview table above.">
<figcaption>The chart of the data card (<a href="${relativeHref(chartPath)}">open the SVG at full size</a>). Values with a qualifier (more than, about …) are drawn lighter.</figcaption>
</figure>
</section>`;
}

function renderCitation(citation: string, licence: PageInput["licence"]): string {
  const licenceHref = isWebUrl(licence.path) ? escapeHtml(licence.path) : relativeHref(licence.path);
  const rel = isWebUrl(licence.path) ? "license external noreferrer" : "license";
  return `<section id="cite" aria-labelledby="cite-title">
<h2 id="cite-title">How to cite</h2>
<p class="citation">${escapeHtml(citation)}</p>
</section>
<section id="licence" aria-labelledby="licence-title">
<h2 id="licence-title">Licence</h2>
<p>The data is published under the <a href="${licenceHref}" rel="${rel}">${escapeHtml(licence.title)}</a> (<code>${escapeHtml(licence.name)}</code>).</p>
</section>`;
}

function renderSources(sources: PageSource[]): string {
  const items = sources.map((s) => {
    const title = s.title === null || s.title.trim() === "" ? "Untitled source" : mixedText(s.title);
    const url =
      s.url === null ? UNKNOWN : isWebUrl(s.url) ? externalLink(s.url, urlText(s.url)) : urlText(s.url);
    return `<li class="source">
<h3>${title} <span class="muted source-id">(<code>${escapeHtml(s.source_id)}</code>)</span></h3>
<dl>
<dt>Publisher</dt><dd>${orUnknown(s.publisher, mixedText)}</dd>
<dt>Link</dt><dd>${url}</dd>
<dt>Published</dt><dd>${orUnknown(s.published)}</dd>
<dt>Retrieved</dt><dd>${orUnknown(s.retrieved)}</dd>
<dt>Figures for</dt><dd>${escapeHtml(s.reference_period)}</dd>
<dt>Notes</dt><dd>${orUnknown(s.notes, mixedText)}</dd>
</dl>
</li>`;
  });
  return `<section id="sources" aria-labelledby="sources-title">
<h2 id="sources-title">Sources</h2>
${sources.length ? `<ul class="sources">\n${items.join("\n")}\n</ul>` : "<p>No sources.</p>"}
</section>`;
}

function renderEarlier(earlier: PageVersion[]): string {
  const body = earlier.length
    ? earlier
        .map(
          (v, index) => `<section class="version" aria-labelledby="version-${index + 1}-title">
<h3 id="version-${index + 1}-title">${versionHeading(v)}</h3>
<p>${escapeHtml(v.summary)}</p>
<h4>Changes</h4>
${renderChanges(v.changes)}
<h4>Files</h4>
${renderFiles(v.files, `version ${v.version}`)}
</section>`,
        )
        .join("\n")
    : '<p class="muted">This is the first version.</p>';
  return `<section id="earlier" aria-labelledby="earlier-title">
<h2 id="earlier-title">Earlier versions</h2>
${body}
</section>`;
}

// ---------------------------------------------------------------------------------------------------------
// Style

const CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --link: #0550ae; --rule: #d0d7de; --soft: #f6f8fa; --focus: #bc4c00; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #ffffff; color: var(--ink); font: 1rem/1.55 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif; }
code, .sha256 { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 0.875em; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -4rem; z-index: 10; padding: 0.5rem 1rem; background: var(--ink); color: #ffffff; font-weight: 600; }
.skip-link:focus { top: 0.5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.page { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
header.intro { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
h1 .title-ar { display: block; margin-top: 0.35rem; font-size: 1.5rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.25rem 0 0.75rem; padding-top: 0.5rem; border-top: 3px solid var(--soft); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
p, li, dd { overflow-wrap: anywhere; }
.descriptions { display: grid; gap: 0.5rem 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); }
.descriptions p { margin: 0; }
p.ar, .descriptions [lang="ar"] { font-size: 1.1rem; line-height: 1.8; }
.muted { color: var(--muted); }
.unknown { font-style: italic; color: var(--muted); }
.nowrap { white-space: nowrap; }
.url { overflow-wrap: anywhere; unicode-bidi: isolate; }
nav.toc ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; margin: 0.75rem 0 0; padding: 0; }
nav.toc a { display: inline-block; padding: 0.2rem 0; }
.version-line { font-size: 1.05rem; }
.date { font-weight: normal; color: var(--muted); }
ul.files { list-style: none; margin: 0.75rem 0; padding: 0; display: grid; gap: 0.5rem; }
li.file { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.15rem 0.85rem; padding: 0.6rem 0.75rem; border: 1px solid var(--rule); border-radius: 6px; background: var(--soft); }
li.file .download { font-weight: 600; }
li.file .format { font-size: 0.85rem; padding: 0 0.4rem; border: 1px solid var(--muted); border-radius: 999px; color: var(--ink); }
li.file .size { white-space: nowrap; }
li.file .bytes, li.file .path, li.file .hash { color: var(--muted); font-size: 0.9rem; }
li.file .hash { flex-basis: 100%; }
li.file .sha256 { word-break: break-all; overflow-wrap: anywhere; color: var(--ink); }
abbr[title] { text-decoration: none; }
.table-scroll { position: relative; overflow-x: auto; border: 1px solid var(--rule); border-radius: 6px; margin: 0.75rem 0; }
table { border-collapse: collapse; width: 100%; min-width: 34rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: start; font-weight: 600; padding: 0.6rem 0.75rem; background: var(--soft); border-bottom: 1px solid var(--rule); }
th, td { padding: 0.45rem 0.75rem; border-bottom: 1px solid var(--rule); text-align: start; vertical-align: top; }
thead th { background: var(--soft); font-size: 0.9rem; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fbfcfd; }
tbody th { font-weight: 600; min-width: 12rem; }
td.unit, td.period, td.base { white-space: nowrap; }
tbody th .label-en { display: block; }
tbody th .label-ar { display: block; width: fit-content; max-width: 100%; margin-top: 0.15rem; font-weight: normal; font-size: 1.05rem; }
.num { text-align: right; white-space: nowrap; }
td.num a { font-weight: 600; padding: 0.1rem 0.2rem; }
.qualifier { margin-inline-end: 0.15em; }
.legend { font-size: 0.9rem; }
ol.quotes { padding-inline-start: 1.75rem; }
li.quote { margin: 0 0 1.25rem; scroll-margin-top: 1rem; }
li.quote:target { outline: 3px solid var(--focus); outline-offset: 4px; border-radius: 4px; }
tr:target { outline: 3px solid var(--focus); outline-offset: -3px; }
.quote-head { margin: 0 0 0.25rem; }
blockquote { margin: 0.25rem 0; padding: 0.5rem 1rem; border-inline-start: 4px solid var(--link); background: var(--soft); font-size: 1.15rem; line-height: 1.8; }
blockquote p { margin: 0; }
.quote-meta { margin: 0.25rem 0 0; font-size: 0.9rem; color: var(--muted); }
figure { margin: 0.75rem 0; }
figure img { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 6px; background: #ffffff; }
figcaption { margin-top: 0.4rem; font-size: 0.9rem; color: var(--muted); }
.citation { padding: 0.75rem 1rem; border: 1px solid var(--rule); border-inline-start: 4px solid var(--ink); border-radius: 4px; background: var(--soft); }
ul.sources { list-style: none; padding: 0; margin: 0; }
li.source h3 { margin-top: 1rem; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem; margin: 0.5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
section.version { border-inline-start: 3px solid var(--rule); padding-inline-start: 1rem; margin-top: 1.25rem; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: 0.9rem; color: var(--muted); }
@media (max-width: 30rem) {
  .page { padding: 0.75rem 0.85rem 2rem; }
  h1 { font-size: 1.45rem; }
  h1 .title-ar { font-size: 1.3rem; }
  h2 { font-size: 1.2rem; }
  th, td { padding: 0.45rem 0.5rem; }
}
@media print {
  .skip-link, nav.toc { display: none; }
  .table-scroll { overflow: visible; border: 0; }
  a { color: inherit; }
}
`.trimStart();

// ---------------------------------------------------------------------------------------------------------
// The page

/** JSON for a <script> data block: "<", ">", "&" and the JS line separators escaped, so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function renderIndexPage(input: PageInput): string {
  const [latest, ...earlier] = input.versions;
  if (latest === undefined) throw new Error("renderIndexPage: no version to show (versions is empty)");

  const styleHash = createHash("sha256").update(CSS, "utf8").digest("base64");
  const csp = [
    "default-src 'none'",
    "img-src 'self' data:",
    `style-src 'sha256-${styleHash}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(input.title.en)}: open data, version ${escapeHtml(latest.version)}</title>
<meta name="description" content="${escapeHtml(input.description.en)}">
<link rel="icon" href="data:,">
<style>${CSS}</style>
<script type="application/ld+json">
${jsonForScript(input.jsonLd)}
</script>
</head>
<body>
<a class="skip-link" href="#main">Skip to the content</a>
<div class="page">
<header class="intro">
<h1><span class="title-en">${escapeHtml(input.title.en)}</span> <span class="title-ar" lang="ar" dir="rtl">${escapeHtml(input.title.ar)}</span></h1>
<div class="descriptions">
<p>${escapeHtml(input.description.en)}</p>
<p lang="ar" dir="rtl">${escapeHtml(input.description.ar)}</p>
</div>
<nav class="toc" aria-label="On this page">
<ul>
<li><a href="#download">Download</a></li>
<li><a href="#preview">Preview</a></li>
<li><a href="#quotes">Quotes</a></li>
${input.chartPath === null ? "" : '<li><a href="#chart">Chart</a></li>\n'}<li><a href="#cite">How to cite</a></li>
<li><a href="#licence">Licence</a></li>
<li><a href="#sources">Sources</a></li>
<li><a href="#earlier">Earlier versions</a></li>
</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${renderLatest(latest)}
${renderPreview(input.observations, latest, new Set(input.observations.map((o) => o.source_id)).size, input.observationTotal ?? input.observations.length)}
${renderChart(input.chartPath)}
${renderQuotes(input.observations)}
${renderCitation(input.citation, input.licence)}
${renderSources(input.sources)}
${renderEarlier(earlier)}
</main>
<footer>
<p>Version ${escapeHtml(latest.version)}. This page is a static file: it loads nothing from other sites and works offline, from any web server or straight from disk.</p>
</footer>
</div>
</body>
</html>
`;
}
