// Audited corrections (pipeline/catalogue/corrections.json): a reviewer sets what a source says, or how a
// number is read, with a reason. A correction names the number by its text and start offset, so that it stops
// applying (and the run fails) as soon as the source text changes.
import type { Catalogue } from "../catalogue/load.ts";
import { UserError } from "../lib/errors.ts";
import type { CorrectionCatalogue } from "../types/catalogue-corrections.ts";
import type { IngestedSource } from "../types/ingested.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { FigureReading, Outcome, Reading } from "./reading.ts";

type Correction = CorrectionCatalogue["corrections"][number];

/** A number and what became of it (undefined: outside every sentence of the article). */
export interface Accounted {
  mention: NumberMention;
  outcome: Outcome | undefined;
}

/** A figure as a correction sets it; `original` records what the text or the pipeline said. */
function corrected(correction: Correction, pointer: string, catalogue: Catalogue, mention: NumberMention, reading: Reading): FigureReading {
  const set = correction.set ?? {};
  const file = catalogue.files.corrections;
  const indicatorId = set.indicator_id ?? (reading.status === "figure" ? reading.indicator.id : undefined);
  if (indicatorId === undefined) throw new UserError(file, `${pointer}/set`, `the number "${mention.text}" is not read as a figure (${reading.status}: ${(reading as { reason: string }).reason})`, "say which indicator it is: add \"indicator_id\" to \"set\"");
  const indicator = catalogue.indicators.indicators.find((i) => i.id === indicatorId)!;
  const figure: FigureReading = reading.status === "figure"
    ? { ...reading, indicator }
    : { status: "figure", indicator, breakdown: null, category: null, period: reading.period ?? "", basePeriod: null, value: mention.value, qualifier: mention.qualifier, quoteStart: mention.start, quoteEnd: mention.end, evidence: "" };
  const original = reading.status === "figure"
    ? Object.fromEntries(Object.keys(set).map((key) => [key, key === "indicator_id" ? reading.indicator.id : key === "base_period" ? reading.basePeriod : (reading as unknown as Record<string, unknown>)[key] ?? null]))
    : { status: reading.status, reason: (reading as { reason: string }).reason };
  return {
    ...figure,
    breakdown: set.category === undefined ? figure.breakdown : set.category === null ? null : (indicator.breakdown ?? null),
    category: set.category === undefined ? figure.category : set.category,
    period: set.period ?? figure.period,
    basePeriod: set.base_period === undefined ? figure.basePeriod : set.base_period,
    value: set.value ?? figure.value,
    qualifier: set.qualifier === undefined ? figure.qualifier : (set.qualifier ?? undefined),
    evidence: [figure.evidence, `corrected: ${correction.reason}`].filter(Boolean).join("; "),
    correction: { reason: correction.reason, original },
  };
}

/** The outcomes with every correction of this source applied; a correction that no longer fits is an error. */
export function applyCorrections(accounted: Accounted[], source: IngestedSource, catalogue: Catalogue): Accounted[] {
  const result = [...accounted];
  const file = catalogue.files.corrections;
  catalogue.corrections.corrections.forEach((correction, index) => {
    if (correction.source_id !== source.id) return;
    const pointer = `/corrections/${index}`;
    const found = source.text.slice(correction.start, correction.start + correction.text.length);
    if (found !== correction.text) {
      throw new UserError(file, `${pointer}/text`, `the source ${source.id} no longer reads "${correction.text}" at offset ${correction.start} (it reads "${found}")`, "the source text changed: check whether the correction still applies, then update its text and start, or remove it");
    }
    const at = result.findIndex(({ mention }) => mention.start === correction.start && mention.text === correction.text);
    const entry = result[at];
    if (!entry) throw new UserError(file, pointer, `no number of ${source.id} is written "${correction.text}" at offset ${correction.start}`, "copy text and start from the mentions table (or from `npm run pipeline -- explain <source-id>`)");
    const { outcome } = entry;
    if (correction.withhold) {
      result[at] = { mention: entry.mention, outcome: { status: "ignored", reason: `withheld by a correction: ${correction.reason}` } };
      return;
    }
    if (!outcome || !("reading" in outcome)) throw new UserError(file, pointer, `the number "${correction.text}" is not read as a figure (${outcome?.status ?? "it is outside every sentence of the article"})`, "only numbers of the article can be corrected; remove the correction");
    const figure = corrected(correction, pointer, catalogue, entry.mention, outcome.reading);
    if (!figure.period) figure.period = source.metadata.reference_period;
    result[at] = { mention: entry.mention, outcome: { reading: figure, sentence: outcome.sentence } };
  });
  return result;
}
