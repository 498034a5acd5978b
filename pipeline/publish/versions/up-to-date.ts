// Whether a run has anything to do before it builds anything: when the latest version was built from inputs
// with the same fingerprint, the same bytes would be published again. The published versions are still
// verified (their hashes, streamed), and latest/ and the changelog checked; anything amiss is left to a full
// run, which repairs latest/ and the root files, or stops on a hand-edited version.
import { changelogFile, latestDir, pageFiles, versionsFile } from "../../output/layout.ts";
import type { PublishedOutput } from "../../output/published.ts";
import type { Version } from "../../types/versions.ts";
import { renderChangelog } from "./changelog.ts";
import { changedParts, type Fingerprint } from "./fingerprint.ts";
import { checkHistory, parseHistory } from "./history.ts";
import { compareFolder, verifyVersions } from "./integrity.ts";

export type Freshness =
  | { upToDate: true; latest: Version }
  /** Why a build is needed, for the progress line ("" for a first publication, a repair, or --strict). */
  | { upToDate: false; reason: string };

export async function checkFreshness(published: PublishedOutput, fingerprint: Fingerprint, options: { strict: boolean }): Promise<Freshness> {
  if (!published.present.has(versionsFile)) return { upToDate: false, reason: "" };
  const history = parseHistory((await published.read(versionsFile)).toString("utf8"), `${published.label}/${versionsFile}`);
  checkHistory(history, published.versionFolders, published.label);
  const latest = history.versions.at(-1);
  if (!latest) return { upToDate: false, reason: "" };
  if (!latest.inputs) return { upToDate: false, reason: `${latest.version} records no fingerprint of its inputs` };
  const changed = changedParts(latest.inputs, fingerprint);
  if (changed.length > 0) return { upToDate: false, reason: `the ${changed.join(", ")} changed since ${latest.version} was published` };
  // A build with doubts was published without --strict: a --strict run must build to report them and stop.
  if (options.strict && latest.inputs.warnings > 0) return { upToDate: false, reason: "" };
  const verified = await verifyVersions(history, published);
  if ((await compareFolder(published, latestDir, verified.get(latest.version)!)).length > 0) return { upToDate: false, reason: "" };
  const changelog = published.present.has(changelogFile) ? await published.read(changelogFile) : null;
  if (!changelog?.equals(Buffer.from(renderChangelog(history), "utf8"))) return { upToDate: false, reason: "" };
  if (!pageFiles.every((page) => published.present.has(page))) return { upToDate: false, reason: "" };
  return { upToDate: true, latest };
}
