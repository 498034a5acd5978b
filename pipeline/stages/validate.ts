// Stage 4, validate: every extracted source (already checked against its schema where it was read) → one
// dataset. Quotes and values are checked against the raw text (a mismatch is an error: the raw file changed),
// here or, on a whole run, where each source was read (its text is then dropped: validate/quotes.ts);
// the figures of every source are reconciled (validate/reconcile.ts): agreeing figures become one observation
// and its restatements, doubtful ones are held back. Held-back and unaccounted numbers are the warnings (errors
// with --strict, which the command line applies).
import type { Catalogue } from "../catalogue/load.ts";
import type { AccountedMention } from "../types/mention.ts";
import type { ValidatedDataset } from "../types/validated.ts";
import { candidatesOf } from "../validate/candidates.ts";
import { checkQuotes, type ReadSource } from "../validate/quotes.ts";
import { reconcile } from "../validate/reconcile.ts";
import { checkSafeValues } from "../validate/values.ts";

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * "raw/x.txt:9:5: held back: the number "12" …" — one line per number that is not published, as compilers print
 * warnings. `reason` is the mention's, shortened for a conflict among many sources (it names the first few).
 */
function warningOf(file: string, mention: AccountedMention, reason: string | null): string {
  const what = mention.status === "held_back" ? "held back" : "not accounted for";
  return `${file}:${mention.line}:${mention.column}: the number "${mention.text}" (${mention.value}) is ${what}: ${reason}`;
}

export function validate(sources: readonly ReadSource[], catalogue: Catalogue): ValidatedDataset {
  const ordered = [...sources].sort(byId);
  for (const source of ordered) if (!("quotesChecked" in source)) checkQuotes(source);
  for (const source of ordered) checkSafeValues(source);
  const candidates = candidatesOf(ordered, catalogue);
  const { observations, verdicts } = reconcile(candidates, catalogue);
  const settled = new Map<AccountedMention, { mention: AccountedMention; warning: string | null }>();
  for (const [candidate, verdict] of verdicts) {
    settled.set(candidate.mention, { mention: { ...candidate.mention, status: verdict.status, observation_id: verdict.observationId, reason: verdict.reason }, warning: verdict.warning });
  }
  const warnings: string[] = [];
  const mentions = ordered.flatMap((source) =>
    source.mentions.map((m) => {
      const { mention, warning } = settled.get(m) ?? { mention: m, warning: m.reason };
      if (mention.status === "held_back" || mention.status === "unaccounted") warnings.push(warningOf(source.file, mention, warning));
      return mention;
    }),
  );
  return {
    sources: ordered.map((s) => ({ file: s.file, metadata: s.metadata, sha256: s.sha256, bytes: s.bytes })),
    observations,
    mentions,
    warnings,
  };
}
