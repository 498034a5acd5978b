// A schema.org Dataset (JSON-LD) built from datapackage.json, so that data portals and dataset search
// engines can index each version. Everything it says comes from the descriptor (and the extras below), so
// the two never disagree.
import { isPeriod, parsePeriod, periodMonths } from "../lib/period.ts";
import type { Descriptor } from "./datapackage.ts";

export interface JsonLdExtras {
  alternateName: string;
  spatialCoverage: string;
  /** A period or "first/last" ("2022", "2016-H1/2022"). */
  temporalCoverage: string | null;
  variablesMeasured: string[];
  /** Files beside datapackage.json, relative to it. */
  downloads: Array<{ path: string; encodingFormat: string }>;
  /** Where the version's folder is published; relative URLs when not known. */
  baseUrl: string | null;
}

type Contributor = { title: string; roles?: string[]; path?: string };

const resolve = (base: string | null, path: string) => (base ? new URL(path, base.endsWith("/") ? base : `${base}/`).href : path);

/** A period as ISO 8601 reads it: a year as itself, a half-year or quarter as its first or last month. */
function isoEnd(period: string, end: "first" | "last"): string {
  if (parsePeriod(period).part === null) return period;
  const month = periodMonths(period)[end === "first" ? 0 : 1];
  return `${String(Math.floor(month / 12)).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/** "2016-H1/2022" → "2016-01/2022": schema.org wants ISO 8601, which has no half-years. */
export function isoTemporalCoverage(coverage: string): string {
  const [first = "", last = first] = coverage.split("/");
  if (!isPeriod(first) || !isPeriod(last)) return coverage;
  const [from, to] = [isoEnd(first, "first"), isoEnd(last, "last")];
  return from === to ? from : `${from}/${to}`;
}

const organisation = (c: Contributor) => ({ "@type": "Organization", name: c.title, ...(c.path ? { url: c.path } : {}) });

/** schema.org's properties for the Data Package roles that have one; other roles make a contributor. */
function people(contributors: Contributor[]) {
  const withRole = (role: string) => contributors.filter((c) => c.roles?.includes(role)).map(organisation);
  const mapped = new Set(["creator", "publisher", "rightsHolder"]);
  return {
    creator: withRole("creator"),
    publisher: withRole("publisher")[0],
    copyrightHolder: withRole("rightsHolder"),
    // Roles schema.org has no property for (dataCurator, contact …), for those not already named as creators.
    contributor: contributors.filter((c) => !c.roles?.includes("creator") && (c.roles ?? []).some((role) => !mapped.has(role))).map(organisation),
  };
}

export function buildJsonLd(descriptor: Descriptor, extras: JsonLdExtras): Record<string, unknown> {
  const licences = (descriptor.licenses as Array<{ path?: string; title?: string }> | undefined) ?? [];
  const sources = (descriptor.sources as Array<{ title: string; path?: string }> | undefined) ?? [];
  const { creator, publisher, copyrightHolder, contributor } = people((descriptor.contributors as Contributor[] | undefined) ?? []);
  const homepage = typeof descriptor.homepage === "string" ? descriptor.homepage : null;
  const repository = typeof descriptor.repository === "string" ? descriptor.repository : null;
  return {
    "@context": "https://schema.org/",
    "@type": "Dataset",
    name: descriptor.title,
    alternateName: extras.alternateName,
    description: descriptor.description,
    // The package's stable id (the same for every version), then this version's name.
    identifier: [descriptor.id, `${String(descriptor.name)}@${String(descriptor.version)}`].filter((id) => typeof id === "string" && id !== ""),
    version: descriptor.version,
    ...(typeof descriptor.created === "string" ? { datePublished: descriptor.created.slice(0, 10) } : {}),
    ...(homepage ? { url: homepage } : {}),
    ...(repository && repository !== homepage ? { sameAs: repository } : {}),
    license: licences[0]?.path ?? licences[0]?.title ?? null,
    ...(typeof descriptor.rights === "string" ? { copyrightNotice: descriptor.rights } : {}),
    ...(typeof descriptor.bibliographicCitation === "string" ? { creditText: descriptor.bibliographicCitation } : {}),
    keywords: descriptor.keywords,
    inLanguage: ["ar", "en", "fr"],
    isAccessibleForFree: true,
    creator,
    ...(publisher ? { publisher } : {}),
    ...(copyrightHolder.length ? { copyrightHolder } : {}),
    ...(contributor.length ? { contributor } : {}),
    isBasedOn: sources.map((s) => ({ "@type": "CreativeWork", name: s.title, ...(s.path ? { url: s.path } : {}) })),
    spatialCoverage: { "@type": "Place", name: extras.spatialCoverage },
    ...(extras.temporalCoverage ? { temporalCoverage: isoTemporalCoverage(extras.temporalCoverage) } : {}),
    variableMeasured: extras.variablesMeasured,
    distribution: extras.downloads.map((d) => ({ "@type": "DataDownload", encodingFormat: d.encodingFormat, contentUrl: resolve(extras.baseUrl, d.path) })),
  };
}
