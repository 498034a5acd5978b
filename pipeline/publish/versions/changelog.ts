// output/CHANGELOG.md, regenerated from versions.json: per version, what it holds or changed, which rows (by
// key) were added, changed or removed, and from which sources. Newest first.
import type { Version, VersionHistory } from "../../types/versions.ts";
import { addedFields, compareTables } from "./diff.ts";

function keyLines(label: string, keys: Record<string, string[]>): string[] {
  return Object.entries(keys)
    .sort(([a], [b]) => compareTables(a, b))
    .map(([table, list]) => `- ${table}: ${label} ${list.map((k) => `\`${k}\``).join(", ")}`);
}

/** The plain-text lines of one version's entry: fields added are said once per table, not row by row. */
export function changeLines(version: Version): string[] {
  const { changes } = version;
  return [
    ...changes.structure.filter((s) => !/^field \S+ added$/.test(s)).map((s) => `- ${s}`),
    ...addedFields(changes.structure).map(([table, fields]) => `- ${table}: field${fields.length === 1 ? "" : "s"} added ${fields.map((f) => `\`${f}\``).join(", ")}`),
    ...keyLines("added", changes.added),
    ...keyLines("changed", changes.changed),
    ...keyLines("removed", changes.removed),
    ...changes.metadata.map((m) => `- ${m}`),
  ];
}

const bumpName = { initial: "First release", major: "Major release", minor: "Minor release", patch: "Patch release" } as const;

/** "First release: 14 observations, …." (a summary recorded by an older version may already start with its kind). */
function headline(version: Version): string {
  const name = bumpName[version.bump];
  const summary = version.summary.replace(new RegExp(`^${name}:\\s*`, "i"), "").replace(/\.$/, "");
  return `${name}: ${summary}.`;
}

export function renderChangelog(history: VersionHistory): string {
  const entries = [...history.versions].reverse().map((v) =>
    [
      `## ${v.version}${v.date ? ` (${v.date})` : ""}`,
      headline(v),
      `Sources: ${v.sources.length ? v.sources.map((s) => `\`${s}\``).join(", ") : "none"}.`,
      ...(changeLines(v).length ? [changeLines(v).join("\n")] : []),
      `Content hash (SHA-256 of SHA256SUMS): \`${v.content_hash}\``,
    ].join("\n\n"),
  );
  return `# Changelog of ${history.package}\n\nEvery published version, newest first. A version is never rewritten once published; see versions.json.\n\n${entries.join("\n\n")}\n`;
}
