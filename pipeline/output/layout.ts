// What the pipeline owns inside an output folder, by name. It writes these and nothing else; every other
// file or folder there (CNAME, .nojekyll, a README of the user's) is kept and never read.
import { languages, pageFile } from "../publish/i18n/languages.ts";

export const versionsFile = "versions.json";
export const changelogFile = "CHANGELOG.md";
/** The download page in each language (index.html, index.fr.html, index.ar.html). */
export const pageFiles: readonly string[] = languages.map((lang) => pageFile[lang]);
export const latestDir = "latest";

/**
 * Written on the first publication and kept: proves that the folder is the pipeline's (with versions.json),
 * so that a later run never mistakes a user's folder for its own. An empty file created by hand makes a
 * folder with other files in it (a GitHub Pages site) the pipeline's too.
 */
export const markerFile = ".pipeline-output";
export const markerText = [
  "This folder is published by the dgsn-open-data pipeline (npm run pipeline).",
  `It writes only versions.json, CHANGELOG.md, ${pageFiles.join(", ")}, latest/, one folder per version (1.0.0/ ...) and this file;`,
  "it keeps everything else here as it is. Keep this file: it tells the pipeline that the folder is its own.",
  "",
].join("\n");

/** Present only while a run works: its lock, and the folder where it stages a publication with its journal. */
export const lockFile = ".pipeline-lock";
export const publishingDir = ".pipeline-publishing";

/** The files at the root that the pipeline writes; versions.json is the commit point, replaced last. */
export const rootFiles: readonly string[] = [changelogFile, ...pageFiles, versionsFile];

const versionPattern = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

export const isVersionName = (name: string) => versionPattern.test(name);

/** A name at the root of the output folder that only a running pipeline creates (and removes). */
export const isTransientName = (name: string) => name === lockFile || name === publishingDir;

/** A name at the root that the pipeline publishes: a version folder, latest/, a root file or the marker. */
export const isPublishedName = (name: string) => isVersionName(name) || name === latestDir || rootFiles.includes(name) || name === markerFile;

/** Whether the published name is a folder (versions and latest/) rather than a file. */
export const isFolderName = (name: string) => isVersionName(name) || name === latestDir;
