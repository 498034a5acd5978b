// What a planned output tree changes in the output folder, as the steps of a publication: which published
// names are new or replaced, and the files to stage for them. Published versions are never rewritten or
// removed: a plan that would do either is refused here, whatever planned it.
import { UserError } from "../lib/errors.ts";
import { sha256 } from "../lib/hash.ts";
import { compareTrees, type FileTree, subtree } from "../publish/file-tree.ts";
import { compareVersions } from "../publish/versions/history.ts";
import { sumsFile } from "../publish/versions/integrity.ts";
import type { Step } from "../types/publication-journal.ts";
import { changelogFile, isFolderName, isPublishedName, isVersionName, latestDir, markerFile, markerText, pageFiles, versionsFile } from "./layout.ts";
import type { OwnedOutput } from "./owned-output.ts";

export interface OutputChanges {
  steps: Step[];
  /** The files to stage, by path in the output folder, in the order of the steps. */
  files: FileTree;
}

/** Root names in the order they are moved into place: versions.json last, as the commit point. */
const rootOrder = [latestDir, changelogFile, ...pageFiles, versionsFile];

export function outputChanges(plan: FileTree, current: OwnedOutput, label: string): OutputChanges {
  const names = new Set([...plan.keys()].map((path) => path.split("/")[0]!));
  for (const name of names) if (!isPublishedName(name) || name === markerFile) throw new Error(`the plan writes "${name}", which the pipeline does not publish`);
  for (const version of current.versionFolders) {
    if (!names.has(version)) throw new UserError(`${label}/${version}`, "", "this run would remove a published version", "published versions are never removed: restore versions.json from version control (git checkout -- " + `${label}/${versionsFile})`);
    if (compareTrees(subtree(plan, version), subtree(current.files, version)).length > 0) {
      throw new UserError(`${label}/${version}`, "", "this run would rewrite a published version", `published versions are never rewritten: restore ${label}/ from version control (git checkout -- ${label}/)`);
    }
  }
  const steps: Step[] = [];
  const files: FileTree = new Map();
  if (!current.hasMarker) {
    steps.push({ name: markerFile, kind: "file", replaces: false, sums_sha256: null });
    files.set(markerFile, Buffer.from(markerText, "utf8"));
  }
  const newVersions = [...names].filter((n) => isVersionName(n) && !current.versionFolders.includes(n)).sort(compareVersions);
  const changedRoots = rootOrder.filter((name) => {
    if (!names.has(name)) return false;
    if (!current.present.has(name)) return true;
    return isFolderName(name) ? compareTrees(subtree(plan, name), subtree(current.files, name)).length > 0 : !plan.get(name)!.equals(current.files.get(name)!);
  });
  for (const name of [...newVersions, ...changedRoots]) {
    const folder = isFolderName(name);
    const sums = isVersionName(name) ? sha256(plan.get(`${name}/${sumsFile}`) ?? Buffer.alloc(0)) : null;
    steps.push({ name, kind: folder ? "folder" : "file", replaces: current.present.has(name), sums_sha256: sums });
    for (const [path, bytes] of plan) if (folder ? path.startsWith(`${name}/`) : path === name) files.set(path, bytes);
  }
  // Nothing published changed: the marker alone is not worth a publication.
  if (steps.every((s) => s.name === markerFile)) return { steps: [], files: new Map() };
  return { steps, files };
}
