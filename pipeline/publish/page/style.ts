// The page's only style sheet, inline (its hash goes into the Content-Security-Policy). Logical properties
// (inline-start/end) so that the Arabic page mirrors without a second sheet.
export const CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --link: #0550ae; --rule: #d0d7de; --soft: #f6f8fa; --accent: #0a5c36; --focus: #bc4c00; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #ffffff; color: var(--ink); font: 1rem/1.5 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif; }
code, .sha256 { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 0.875em; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.skip-link { position: absolute; inset-inline-start: 0.5rem; top: -4rem; z-index: 10; padding: 0.5rem 1rem; background: var(--ink); color: #ffffff; font-weight: 600; }
.skip-link:focus { top: 0.5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.page { max-width: 72rem; margin: 0 auto; padding: 0.5rem 1.25rem 3rem; }
nav.languages ul { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 0 1rem; list-style: none; margin: 0; padding: 0; font-size: 0.9rem; }
nav.languages a { display: inline-block; padding: 0.35rem 0.25rem; }
nav.languages a[aria-current] { color: var(--ink); font-weight: 600; text-decoration: none; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.25rem 0 0.4rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.6rem; padding-top: 0.5rem; border-top: 3px solid var(--soft); }
#key-figures h2 { margin-top: 0.75rem; padding-top: 0; border-top: 0; font-size: 1.15rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
h4, h5 { font-size: 1rem; margin: 1rem 0 0.25rem; }
p, li, dd, th, td { overflow-wrap: break-word; }
.lede { margin: 0 0 0.6rem; color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.25rem; margin: 0.5rem 0 0; }
.button { display: inline-block; padding: 0.55rem 1rem; border-radius: 6px; background: var(--accent); color: #ffffff; font-weight: 600; text-decoration: none; }
.button:hover { background: #084a2b; }
.muted { color: var(--muted); }
.unknown { font-style: italic; color: var(--muted); }
.nowrap { white-space: nowrap; }
.url { overflow-wrap: anywhere; unicode-bidi: isolate; }
ul.key-figures { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr)); }
li.key-figure { padding: 0.45rem 0.65rem; border: 1px solid var(--rule); border-radius: 6px; background: var(--soft); }
li.key-figure p { margin: 0; }
li.key-figure .figure { font-size: 1.35rem; font-weight: 700; line-height: 1.25; }
li.key-figure .figure .unit { font-size: 0.85rem; font-weight: 600; }
li.key-figure .label { font-size: 0.85rem; line-height: 1.3; margin-top: 0.15rem; }
li.key-figure .change { font-size: 0.8rem; color: var(--muted); margin-top: 0.2rem; }
.mark { font-weight: 600; }
.table-scroll { position: relative; overflow-x: auto; border: 1px solid var(--rule); border-radius: 6px; margin: 0.75rem 0; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: start; font-weight: 600; padding: 0.5rem 0.75rem; background: var(--soft); border-bottom: 1px solid var(--rule); }
th, td { padding: 0.4rem 0.65rem; border-bottom: 1px solid var(--rule); text-align: start; vertical-align: top; }
thead th { background: var(--soft); font-size: 0.9rem; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fbfcfd; }
tbody th { font-weight: 600; min-width: 12rem; max-width: 24rem; }
tbody th .category { display: block; font-weight: normal; color: var(--muted); }
td.unit { color: var(--muted); font-size: 0.9rem; min-width: 6rem; }
.num { text-align: end; white-space: nowrap; }
td.num a { font-weight: 600; }
td.num .entry { display: block; }
td.num .entry + .entry { margin-top: 0.35rem; }
td.num .base, td.num .interval { display: block; font-size: 0.8rem; color: var(--muted); font-weight: normal; }
td.gap { color: var(--muted); }
ol.quotes { padding-inline-start: 1.75rem; }
li.quote { margin: 0 0 1.25rem; scroll-margin-top: 1rem; }
li.quote:target { outline: 3px solid var(--focus); outline-offset: 4px; border-radius: 4px; }
.quote-head { margin: 0 0 0.25rem; }
blockquote { margin: 0.25rem 0; padding: 0.5rem 1rem; border-inline-start: 4px solid var(--link); background: var(--soft); font-size: 1.1rem; line-height: 1.8; }
blockquote p { margin: 0; }
mark { background: #fff1b8; color: inherit; padding: 0 0.1em; border-radius: 2px; }
.quote-meta { margin: 0.25rem 0 0; font-size: 0.9rem; color: var(--muted); }
figure { margin: 0.75rem 0; }
figure img { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 6px; background: #ffffff; }
figcaption { margin-top: 0.4rem; font-size: 0.9rem; color: var(--muted); }
.file-group h3, .file-group h5 { margin: 0.9rem 0 0.3rem; font-size: 1rem; }
ul.files { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.15rem 1.5rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr)); }
li.file { padding: 0.2rem 0; }
li.file .download { font-weight: 600; }
li.file .size, li.file .bytes { color: var(--muted); font-size: 0.9rem; white-space: nowrap; }
details { margin: 0.75rem 0; border: 1px solid var(--rule); border-radius: 6px; padding: 0.4rem 0.75rem; }
details > summary { cursor: pointer; font-weight: 600; padding: 0.2rem 0; }
ul.sums { list-style: none; padding: 0; margin: 0.5rem 0; font-size: 0.85rem; }
ul.sums li { margin: 0.3rem 0; }
ul.sums .path { display: block; }
ul.sums .sha256 { display: block; word-break: break-all; color: var(--muted); }
.citation { padding: 0.75rem 1rem; border: 1px solid var(--rule); border-inline-start: 4px solid var(--ink); border-radius: 4px; background: var(--soft); }
ul.sources { list-style: none; padding: 0; margin: 0; }
li.source h3 { margin-top: 1rem; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem; margin: 0.5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
section.version { border-inline-start: 3px solid var(--rule); padding-inline-start: 1rem; margin-top: 1rem; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: 0.9rem; color: var(--muted); }
@media (max-width: 30rem) {
  .page { padding: 0.25rem 0.75rem 2rem; }
  h1 { font-size: 1.3rem; }
  h2 { font-size: 1.15rem; }
  th, td { padding: 0.4rem 0.5rem; }
  tbody th { min-width: 9rem; }
  li.key-figure .figure { font-size: 1.2rem; }
  dl { grid-template-columns: minmax(0, 1fr); }
  dd { margin-inline-start: 0.75rem; }
}
@media print {
  .skip-link, nav.languages { display: none; }
  .table-scroll { overflow: visible; border: 0; }
  a { color: inherit; }
}
`.trimStart();
