/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */
import type {AccountedMention} from "./mention.ts";
import type {Observation} from "./observation.ts";
import type {SourceMetadata} from "./source.ts";

/**
 * The validate stage's artifact (work/validated.json): every source's metadata, all observations and mentions, checked within and across sources. Quotes have been checked against the raw text, which later stages no longer need.
 */
export interface ValidatedDataset {
  sources: {
    file: string;
    metadata: SourceMetadata;
    sha256: string;
    bytes: number;
  }[];
  observations: Observation[];
  mentions: AccountedMention[];
  /**
   * Problems that do not stop publication (unaccounted numbers without --strict).
   */
  warnings: string[];
}
