/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */
import type {AccountedMention} from "./mention.ts";
import type {Observation} from "./observation.ts";
import type {SourceMetadata} from "./source.ts";

/**
 * The extract stage's artifact for one source (work/extracted/<id>.json): every number found, how each is accounted for, and the observations.
 */
export interface ExtractedSource {
  id: string;
  file: string;
  metadata: SourceMetadata;
  sha256: string;
  bytes: number;
  /**
   * The raw text, kept so that later stages can check every quote against it.
   */
  text: string;
  mentions: AccountedMention[];
  observations: Observation[];
}
