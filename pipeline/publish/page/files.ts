// Every file of the latest version, grouped by format with sizes; the checksums, what changed and the
// earlier versions one click away (<details>, no script).
import { cardLanguage, direction, languageName } from "../i18n/languages.ts";
import { compareFiles, type FileKind, fileKindOf, tableOfFile } from "../file-kinds.ts";
import { dateLabel } from "../i18n/periods.ts";
import { type Context, escapeHtml, formatBytes, relativeHref, timeHtml, trusted } from "./html.ts";
import type { PageFile, PageVersion } from "./input.ts";
import { compareTables } from "../versions/diff.ts";

const inVersion = (version: PageVersion, file: PageFile) => file.path.slice(version.version.length + 1);

function checkHash(file: PageFile): string {
  if (!/^[0-9a-f]{64}$/.test(file.sha256)) throw new Error(`renderIndexPage: ${file.path} has no valid sha256 (64 lowercase hex digits): "${file.sha256}"`);
  return file.sha256;
}

/** The link text of a file: "Observations (CSV)", "Data card (Français)". */
export function fileLabel(ctx: Context, path: string): string {
  const kind = fileKindOf(path);
  if (!kind) return escapeHtml(path);
  const table = tableOfFile(path);
  const language = cardLanguage(path);
  return ctx.t(kind.label, {
    table: table === null ? "" : (ctx.input.tableTitles[table]?.[ctx.lang] ?? table),
    language: language === null ? "" : trusted(language === ctx.lang ? escapeHtml(languageName[language]) : `<span lang="${language}" dir="${direction(language)}">${escapeHtml(languageName[language])}</span>`),
  });
}

function fileItem(ctx: Context, version: PageVersion, file: PageFile): string {
  const path = inVersion(version, file);
  checkHash(file);
  const exact = file.bytes < 1000 ? "" : ` <span class="bytes">(${ctx.t("size.exact", { count: file.bytes })})</span>`;
  return `<li class="file" data-path="${escapeHtml(file.path)}" data-bytes="${file.bytes}" data-sha256="${file.sha256}"><a class="download" href="${relativeHref(file.path)}" download>${fileLabel(ctx, path)}</a> <span class="size">${formatBytes(ctx, file.bytes)}</span>${exact}</li>`;
}

function groups(version: PageVersion): Array<{ kind: FileKind | undefined; files: PageFile[] }> {
  const sorted = [...version.files].sort((a, b) => compareFiles(inVersion(version, a), inVersion(version, b)));
  const result: Array<{ kind: FileKind | undefined; files: PageFile[] }> = [];
  for (const file of sorted) {
    const kind = fileKindOf(inVersion(version, file));
    const last = result.at(-1);
    if (last && last.kind === kind) last.files.push(file);
    else result.push({ kind, files: [file] });
  }
  return result;
}

function fileGroups(ctx: Context, version: PageVersion, headingLevel: number): string {
  if (version.files.length === 0) return `<p>${ctx.t("files.none")}</p>`;
  return groups(version)
    .map(
      ({ kind, files }) => `<div class="file-group">
<h${headingLevel}>${kind ? ctx.t(kind.format) : ctx.t("files.other")}</h${headingLevel}>
<ul class="files">
${files.map((file) => fileItem(ctx, version, file)).join("\n")}
</ul>
</div>`,
    )
    .join("\n");
}

function checksums(ctx: Context, version: PageVersion): string {
  const rows = [...version.files]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((file) => `<li><code class="path">${escapeHtml(file.path)}</code> <code class="sha256">${checkHash(file)}</code></li>`);
  return `<details class="checksums">
<summary>${ctx.t("files.checksums", { version: version.version })}</summary>
<p class="muted">${ctx.t("files.checksums_intro")}</p>
<ul class="sums">
${rows.join("\n")}
</ul>
</details>`;
}

/** What a version changed, in the page's language; the structure lines are the diff's own identifiers. */
export function changesHtml(ctx: Context, version: PageVersion): string {
  if (version.bump === "initial") return `<p>${ctx.t("version.initial")}</p>`;
  const table = (name: string) => ctx.input.tableTitles[name]?.[ctx.lang] ?? name;
  const lines: string[] = [];
  for (const [what, key] of [
    ["added", "version.rows_added"],
    ["changed", "version.rows_changed"],
    ["removed", "version.rows_removed"],
  ] as const) {
    for (const [name, keys] of Object.entries(version.changes[what]).sort(([a], [b]) => compareTables(a, b))) lines.push(`<li>${ctx.t(key, { count: keys.length, table: table(name) })}</li>`);
  }
  for (const line of [...version.changes.structure, ...version.changes.metadata]) lines.push(`<li><code lang="en" dir="ltr">${escapeHtml(line)}</code></li>`);
  const heading = ctx.t(`version.bump_${version.bump}`);
  return `<p>${heading}</p>${lines.length ? `\n<ul class="changes">\n${lines.join("\n")}\n</ul>` : ""}`;
}

function versionTitle(ctx: Context, version: PageVersion): string {
  return ctx.t("version.title", { version: version.version, date: trusted(timeHtml(ctx, version.date, (d) => dateLabel(ctx.lang, d))) });
}

function earlier(ctx: Context, versions: PageVersion[]): string {
  if (versions.length === 0) return `<p class="muted">${ctx.t("version.first")}</p>`;
  const body = versions
    .map(
      (v, index) => `<section class="version" aria-labelledby="version-${index + 1}-title">
<h4 id="version-${index + 1}-title">${versionTitle(ctx, v)}</h4>
${changesHtml(ctx, v)}
${fileGroups(ctx, v, 5)}
${checksums(ctx, v)}
</section>`,
    )
    .join("\n");
  return `<details class="earlier" id="earlier">
<summary>${ctx.t("version.earlier", { count: versions.length })}</summary>
${body}
</details>`;
}

export function renderFiles(ctx: Context): string {
  const [latest, ...older] = ctx.input.versions;
  if (latest === undefined) throw new Error("renderIndexPage: no version to show (versions is empty)");
  return `<section id="files" aria-labelledby="files-title">
<h2 id="files-title">${ctx.t("files.title", { version: latest.version })}</h2>
<p class="muted">${ctx.t("files.intro")}</p>
${fileGroups(ctx, latest, 3)}
${checksums(ctx, latest)}
<details class="changes">
<summary>${ctx.t("version.changes", { version: latest.version })}</summary>
${changesHtml(ctx, latest)}
</details>
<h3 id="earlier-title">${ctx.t("version.earlier_title")}</h3>
${earlier(ctx, older)}
</section>`;
}
