// The catalogue: indicators, breakdowns, period phrases, rounding rules, cruft and ignore rules, derivations
// and corrections, each a JSON file checked against its schema, then checked across files (ids unique,
// references resolved, no cycles, cue words written folded).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { foldWord } from "../arabic/normalise.ts";
import { findDerivationCycle } from "../derive/order.ts";
import { UserError } from "../lib/errors.ts";
import { parseJson } from "../lib/json.ts";
import { projectPath } from "../lib/paths.ts";
import { validateAgainst } from "../lib/schemas.ts";
import { unsafeTextProblem } from "../lib/unsafe-text.ts";
import type { BreakdownCatalogue } from "../types/catalogue-breakdowns.ts";
import type { CorrectionCatalogue } from "../types/catalogue-corrections.ts";
import type { CruftRules } from "../types/catalogue-cruft.ts";
import type { DerivationCatalogue } from "../types/catalogue-derivations.ts";
import type { IgnoreRules } from "../types/catalogue-ignore.ts";
import type { Indicator, IndicatorCatalogue } from "../types/catalogue-indicators.ts";
import type { DatasetMetadata } from "../types/catalogue-dataset.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { RoundingRules } from "../types/catalogue-rounding.ts";
import type { UnitCatalogue } from "../types/catalogue-units.ts";

export const defaultCatalogueDir = projectPath("pipeline", "catalogue");

export interface Catalogue {
  indicators: IndicatorCatalogue;
  breakdowns: BreakdownCatalogue;
  periods: PeriodPhrases;
  rounding: RoundingRules;
  cruft: CruftRules;
  ignore: IgnoreRules;
  derivations: DerivationCatalogue;
  corrections: CorrectionCatalogue;
  dataset: DatasetMetadata;
  /** How each unit reads in Arabic, English and French. */
  units: UnitCatalogue;
  /** Each file as loaded, for error messages. */
  files: Record<"indicators" | "breakdowns" | "periods" | "rounding" | "cruft" | "ignore" | "derivations" | "corrections" | "dataset" | "units", string>;
}

/** Every string of a catalogue file is published somewhere (labels, descriptions, limits): none may be unsafe text. */
function checkPublishableText(value: unknown, file: string, pointer = ""): void {
  if (typeof value === "string") {
    const problem = unsafeTextProblem(value);
    if (problem) throw new UserError(file, pointer || "/", problem, "reword it so that it starts with a letter, a digit or a quotation mark, and close every bidi override or embedding with U+202C");
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkPublishableText(item, file, `${pointer}/${index}`));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) checkPublishableText(item, file, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  }
}

function load<T>(dir: string, name: string, schema: string): { data: T; file: string } {
  const file = join(dir, `${name}.json`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UserError(file, "", "the catalogue file is missing", `restore it (see schemas/${schema})`);
  }
  const data = validateAgainst<T>(schema, parseJson(text, file), file);
  checkPublishableText(data, file);
  return { data, file };
}

export function loadCatalogue(dir = defaultCatalogueDir): Catalogue {
  const indicators = load<IndicatorCatalogue>(dir, "indicators", "catalogue-indicators.schema.json");
  const breakdowns = load<BreakdownCatalogue>(dir, "breakdowns", "catalogue-breakdowns.schema.json");
  const periods = load<PeriodPhrases>(dir, "periods", "catalogue-periods.schema.json");
  const rounding = load<RoundingRules>(dir, "rounding", "catalogue-rounding.schema.json");
  const cruft = load<CruftRules>(dir, "cruft", "catalogue-cruft.schema.json");
  const ignore = load<IgnoreRules>(dir, "ignore", "catalogue-ignore.schema.json");
  const derivations = load<DerivationCatalogue>(dir, "derivations", "catalogue-derivations.schema.json");
  const corrections = load<CorrectionCatalogue>(dir, "corrections", "catalogue-corrections.schema.json");
  const packageMetadata = load<DatasetMetadata>(dir, "dataset", "catalogue-dataset.schema.json");
  const units = load<UnitCatalogue>(dir, "units", "catalogue-units.schema.json");
  const catalogue: Catalogue = {
    indicators: indicators.data,
    breakdowns: breakdowns.data,
    periods: periods.data,
    rounding: rounding.data,
    cruft: cruft.data,
    ignore: ignore.data,
    derivations: derivations.data,
    corrections: corrections.data,
    dataset: packageMetadata.data,
    units: units.data,
    files: {
      indicators: indicators.file,
      breakdowns: breakdowns.file,
      periods: periods.file,
      rounding: rounding.file,
      cruft: cruft.file,
      ignore: ignore.file,
      derivations: derivations.file,
      corrections: corrections.file,
      dataset: packageMetadata.file,
      units: units.file,
    },
  };
  checkCatalogue(catalogue);
  return catalogue;
}

function requireUnique(ids: string[], file: string, list: string, field = "id") {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) throw new UserError(file, `/${list}/${index}/${field}`, `duplicate ${field} "${id}" (first at /${list}/${first}/${field})`, `give each entry its own ${field}`);
    seen.set(id, index);
  });
}

/** Checks across entries and files that JSON Schema cannot express. */
export function checkCatalogue(catalogue: Catalogue): void {
  const { indicators, derivations, files } = catalogue;
  requireUnique(indicators.indicators.map((i) => i.id), files.indicators, "indicators");
  requireUnique(derivations.derivations.map((d) => d.id), files.derivations, "derivations");
  requireUnique(catalogue.cruft.rules.map((r) => r.id), files.cruft, "rules");
  requireUnique(catalogue.ignore.rules.map((r) => r.id), files.ignore, "rules");
  const byId = new Map(indicators.indicators.map((i) => [i.id, i]));
  const expectKind = (id: string, kind: Indicator["kind"], file: string, pointer: string) => {
    const target = byId.get(id);
    if (!target) throw new UserError(file, pointer, `unknown indicator "${id}"`, `use one of the ids in ${files.indicators} (or, in a derivation, of ${files.derivations}), or add it there`);
    if (target.kind !== kind) throw new UserError(file, pointer, `indicator "${id}" is a ${target.kind}, not a ${kind}`, `name a ${kind} indicator`);
  };
  const breakdownIds = new Set(catalogue.breakdowns.breakdowns.map((b) => b.id));
  requireUnique(catalogue.breakdowns.breakdowns.map((b) => b.id), files.breakdowns, "breakdowns");
  catalogue.breakdowns.breakdowns.forEach((b, index) => requireUnique(b.categories.map((c) => c.code.toLowerCase()), files.breakdowns, `breakdowns/${index}/categories`, "code"));
  indicators.indicators.forEach((indicator, index) => {
    const pointer = `/indicators/${index}`;
    if (indicator.change_of !== undefined) expectKind(indicator.change_of, "count", files.indicators, `${pointer}/change_of`);
    if (indicator.part_of !== undefined) expectKind(indicator.part_of, "count", files.indicators, `${pointer}/part_of`);
    for (const field of ["breakdown", "parts_by"] as const) {
      const id = indicator[field];
      if (id !== undefined && !breakdownIds.has(id)) throw new UserError(files.indicators, `${pointer}/${field}`, `unknown breakdown "${id}"`, `use one of the ids in ${files.breakdowns}, or add it there`);
    }
    if (indicator.kind === "share" && indicator.breakdown === undefined && indicator.cues === undefined) {
      throw new UserError(files.indicators, pointer, `the share "${indicator.id}" has neither cues nor a breakdown`, "give it cues (context words) or the breakdown whose categories name its figures");
    }
  });
  checkPartOfCycles(indicators.indicators, files.indicators);
  checkCueWords(catalogue);
  const derivationIds = new Set(derivations.derivations.map((d) => d.id));
  derivations.derivations.forEach((derivation, index) => {
    for (const [role, id] of Object.entries(derivation.inputs)) {
      const pointer = `/derivations/${index}/inputs/${role}`;
      if (derivation.kind === "implied_base" && role === "change") expectKind(id, "percent_change", files.derivations, pointer);
      else if (!derivationIds.has(id)) expectKind(id, "count", files.derivations, pointer);
    }
  });
  const cycle = findDerivationCycle(derivations.derivations);
  if (cycle) {
    const at = derivations.derivations.findIndex((d) => d.id === cycle[0]);
    throw new UserError(files.derivations, `/derivations/${at}/inputs`, `derivations form a cycle: ${cycle.join(" → ")}`, "a derivation can only use indicators and derivations that do not use it: remove one input of the cycle");
  }
  checkUnits(catalogue);
  catalogue.corrections.corrections.forEach((correction, index) => {
    const indicatorId = correction.set?.indicator_id;
    if (indicatorId !== undefined && !byId.has(indicatorId)) {
      throw new UserError(files.corrections, `/corrections/${index}/set/indicator_id`, `unknown indicator "${indicatorId}"`, `use one of the ids in ${files.indicators}`);
    }
  });
}

/** Every unit an indicator or a derivation names must say how it reads in the three languages. */
function checkUnits(catalogue: Catalogue) {
  const { units, files } = catalogue;
  const check = (unit: string, file: string, pointer: string) => {
    if (!Object.hasOwn(units.units, unit)) throw new UserError(file, pointer, `the unit "${unit}" is not in ${files.units}`, `add it there with its labels in Arabic, English and French (see schemas/catalogue-units.schema.json), or use one of: ${Object.keys(units.units).join(", ")}`);
  };
  catalogue.indicators.indicators.forEach((indicator, index) => check(indicator.unit, files.indicators, `/indicators/${index}/unit`));
  catalogue.derivations.derivations.forEach((derivation, index) => check(derivation.unit, files.derivations, `/derivations/${index}/unit`));
}

/** Each cue word must be written as the text's words are compared: normalised and folded. */
function checkCueWords(catalogue: Catalogue) {
  const check = (words: readonly string[] | undefined, file: string, pointer: string) =>
    words?.forEach((word, index) => {
      const folded = foldWord(word);
      if (folded !== word) throw new UserError(file, `${pointer}/${index}`, `the cue "${word}" is not written folded`, `write "${folded}" (أ/إ/آ as ا, ة as ه, ى as ي, no diacritics)`);
    });
  const { indicators, ignore, files } = catalogue;
  indicators.indicators.forEach((indicator, i) =>
    indicator.cues?.forEach((pattern, p) => {
      const at = `/indicators/${i}/cues/${p}`;
      check(pattern.counted, files.indicators, `${at}/counted`);
      check(pattern.qualified_by, files.indicators, `${at}/qualified_by`);
      check(pattern.not_qualified_by, files.indicators, `${at}/not_qualified_by`);
      check(pattern.exclude, files.indicators, `${at}/exclude`);
      pattern.context?.forEach((alternatives, k) => check(alternatives, files.indicators, `${at}/context/${k}`));
      pattern.topic?.forEach((alternatives, k) => check(alternatives, files.indicators, `${at}/topic/${k}`));
      pattern.earlier?.forEach((alternatives, k) => check(alternatives, files.indicators, `${at}/earlier/${k}`));
    }),
  );
  catalogue.breakdowns.breakdowns.forEach((b, i) =>
    b.categories.forEach((c, k) => check(c.cues.flatMap((cue) => cue.split(" ")), files.breakdowns, `/breakdowns/${i}/categories/${k}/cues`)),
  );
  const phrases = (list: string[][][], pointer: string) => list.forEach((phrase, k) => phrase.forEach((alternatives, w) => check(alternatives, files.periods, `${pointer}/${k}/${w}`)));
  const { periods } = catalogue;
  phrases(periods.previous_year, "/previous_year");
  phrases(periods.current_period, "/current_period");
  phrases(periods.year_to_date, "/year_to_date");
  phrases(periods.until_day, "/until_day");
  phrases(periods.same_year, "/same_year");
  phrases(periods.following_year, "/following_year");
  phrases(periods.same_period, "/same_period");
  for (const [part, list] of Object.entries(periods.parts)) phrases(list, `/parts/${part}`);
  phrases(periods.spans, "/spans");
  check(periods.implicit_base.not_with, files.periods, "/implicit_base/not_with");
  phrases(periods.shorter_spans.months, "/shorter_spans/months");
  phrases(periods.shorter_spans.phrases, "/shorter_spans/phrases");
  phrases(periods.shorter_spans.rates, "/shorter_spans/rates");
  phrases(periods.comparisons, "/comparisons");
  check(indicators.change_words.increase, files.indicators, "/change_words/increase");
  check(indicators.change_words.decrease, files.indicators, "/change_words/decrease");
  ignore.rules.forEach((rule, i) => {
    check(rule.followed_by, files.ignore, `/rules/${i}/followed_by`);
    check(rule.preceded_by, files.ignore, `/rules/${i}/preceded_by`);
  });
}

/** part_of links must form a forest: an indicator cannot be, through other indicators, a part of itself. */
function checkPartOfCycles(indicators: Indicator[], file: string) {
  const parentOf = new Map(indicators.map((i) => [i.id, i.part_of]));
  indicators.forEach((indicator, index) => {
    const path = [indicator.id];
    for (let parent = indicator.part_of; parent !== undefined; parent = parentOf.get(parent)) {
      if (path.includes(parent)) {
        throw new UserError(file, `/indicators/${index}/part_of`, `part_of forms a cycle: ${[...path, parent].join(" → ")}`, "an indicator can only be part of a larger one: remove one link of the cycle");
      }
      path.push(parent);
    }
  });
}
