// output/CHANGELOG.md, regenerated from versions.json: per version, which rows (by key) were added,
// changed or removed, and from which sources. Newest first.
import type { Version, VersionHistory } from "../../types/versions.ts";

function keyLines(label: string, keys: Record<string, string[]>): string[] {
  return Object.entries(keys)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([table, list]) => `- ${table}: ${label} ${list.map((k) => `\`${k}\``).join(", ")}`);
}

/** The plain-text lines of one version's entry (also shown on the download page). */
export function changeLines(version: Version): string[] {
  const { changes } = version;
  return [
    ...changes.structure.map((s) => `- ${s}`),
    ...keyLines("added", changes.added),
    ...keyLines("changed", changes.changed),
    ...keyLines("removed", changes.removed),
    ...changes.metadata.map((m) => `- ${m}`),
  ];
}

export function renderChangelog(history: VersionHistory): string {
  const entries = [...history.versions].reverse().map((v) =>
    [
      `## ${v.version}${v.date ? ` (${v.date})` : ""}`,
      `${v.bump === "initial" ? "First release" : `${v.bump[0]!.toUpperCase()}${v.bump.slice(1)} release`}: ${v.summary}.`,
      `Sources: ${v.sources.length ? v.sources.map((s) => `\`${s}\``).join(", ") : "none"}.`,
      ...(changeLines(v).length ? [changeLines(v).join("\n")] : []),
      `Content hash (SHA-256 of SHA256SUMS): \`${v.content_hash}\``,
    ].join("\n\n"),
  );
  return `# Changelog of ${history.package}\n\nEvery published version, newest first. A version is never rewritten once published; see versions.json.\n\n${entries.join("\n\n")}\n`;
}
