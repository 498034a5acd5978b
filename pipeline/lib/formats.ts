// The string formats the schemas use, one definition for both places that need it: the generator of the
// precompiled validators (scripts/validators-source.ts) registers them with ajv, and the generated code
// (pipeline/validators/) calls them at run time.
import { fullFormats } from "ajv-formats/dist/formats.js";

/** An IRI is a URL that may hold non-ASCII letters (Arabic paths): the WHATWG URL parser accepts exactly those. */
function isWebIri(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** ajv-formats' full formats (date, uri, regex …) and the project's own `iri`. */
export const formats = { ...fullFormats, iri: { type: "string", validate: isWebIri } } as const;
