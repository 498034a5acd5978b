/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

export type Derivation =
  | {
      id: Id;
      label: Labels;
      description: string;
      unit: string;
      kind: "ratio" | "difference";
      inputs: {
        a: Id;
        b: Id;
      };
    }
  | {
      id: Id;
      label: Labels;
      description: string;
      unit: string;
      kind: "share";
      inputs: {
        part: Id;
        whole: Id;
      };
    }
  | {
      id: Id;
      label: Labels;
      description: string;
      unit: string;
      kind: "implied_base";
      inputs: {
        value: Id;
        change: Id;
      };
    };
export type Id = string;

/**
 * Figures derived from the observations (pipeline/catalogue/derivations.json), each of a kind from a closed set, evaluated per period without eval. Inputs name indicators of the indicator catalogue or other derivations (evaluated first; a cycle is an error).
 */
export interface DerivationCatalogue {
  derivations: Derivation[];
}
export interface Labels {
  ar: string;
  en: string;
  fr: string;
}
