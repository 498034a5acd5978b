// Where the package lives and how to cite a version: one rule, from the addresses set once in the catalogue
// (dataset.json `homepage` and `repository`), for the citation, datapackage.json, the JSON-LD and the page.
// An address that is not known is said to be unknown, never guessed.
import type { DatasetMetadata } from "../types/catalogue-dataset.ts";

type Addresses = Pick<DatasetMetadata, "homepage" | "repository">;

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/** The package's home on the web: the published site, else the repository; null while neither is public. */
export function packageHomepage(meta: Addresses): string | null {
  return meta.homepage ?? meta.repository ?? null;
}

/** The address of one version's folder on the published site; null while the site has no public address. */
export function versionUrl(meta: Addresses, version: string): string | null {
  return meta.homepage ? `${trimSlash(meta.homepage)}/${version}/` : null;
}

/** Where a version's files are, in words: its folder on the site, else in the repository, else unknown. */
export function versionLocation(meta: Addresses, version: string): string {
  const url = versionUrl(meta, version);
  if (url) return url;
  if (meta.repository) return `${trimSlash(meta.repository)} (folder output/${version}/)`;
  return `Folder output/${version}/ of the project's repository (its public address is not known yet)`;
}

/**
 * "Publisher (year). Title, version x.y.z [Data set]. Where. Identifier." The year is the version's release
 * year ("n.d." before it has one); the identifier is the package's stable id, the same for every version.
 */
export function citation(meta: DatasetMetadata, stamp: { version: string; date: string | null }): string {
  const year = stamp.date ? stamp.date.slice(0, 4) : "n.d.";
  return `${meta.publisher} (${year}). ${meta.title.en}, version ${stamp.version} [Data set]. ${versionLocation(meta, stamp.version)}. ${meta.id}`;
}
