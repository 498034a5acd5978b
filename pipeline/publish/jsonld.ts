// A schema.org Dataset (JSON-LD) built from datapackage.json, so that data portals and dataset search
// engines can index each version.
import type { Descriptor } from "./datapackage.ts";

export interface JsonLdExtras {
  alternateName: string;
  spatialCoverage: string;
  /** "2022" or "2020/2022". */
  temporalCoverage: string | null;
  variablesMeasured: string[];
  /** Files beside datapackage.json, relative to it. */
  downloads: Array<{ path: string; encodingFormat: string }>;
  /** Where the version's folder is published; relative URLs when not known. */
  baseUrl: string | null;
}

const resolve = (base: string | null, path: string) => (base ? new URL(path, base.endsWith("/") ? base : `${base}/`).href : path);

export function buildJsonLd(descriptor: Descriptor, extras: JsonLdExtras): Record<string, unknown> {
  const licences = (descriptor.licenses as Array<{ path?: string; title?: string }> | undefined) ?? [];
  const sources = (descriptor.sources as Array<{ title: string; path?: string }> | undefined) ?? [];
  const contributors = (descriptor.contributors as Array<{ title: string }> | undefined) ?? [];
  return {
    "@context": "https://schema.org/",
    "@type": "Dataset",
    name: descriptor.title,
    alternateName: extras.alternateName,
    description: descriptor.description,
    identifier: `${String(descriptor.name)}@${String(descriptor.version)}`,
    version: descriptor.version,
    ...(typeof descriptor.created === "string" ? { datePublished: descriptor.created.slice(0, 10) } : {}),
    ...(descriptor.homepage ? { url: descriptor.homepage } : {}),
    license: licences[0]?.path ?? licences[0]?.title ?? null,
    keywords: descriptor.keywords,
    inLanguage: ["ar", "en"],
    isAccessibleForFree: true,
    creator: contributors.map((c) => ({ "@type": "Organization", name: c.title })),
    isBasedOn: sources.map((s) => ({ "@type": "CreativeWork", name: s.title, ...(s.path ? { url: s.path } : {}) })),
    spatialCoverage: { "@type": "Place", name: extras.spatialCoverage },
    ...(extras.temporalCoverage ? { temporalCoverage: extras.temporalCoverage } : {}),
    variableMeasured: extras.variablesMeasured,
    distribution: extras.downloads.map((d) => ({ "@type": "DataDownload", encodingFormat: d.encodingFormat, contentUrl: resolve(extras.baseUrl, d.path) })),
  };
}
