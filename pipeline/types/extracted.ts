/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */
import type {AccountedMention} from "./mention.ts";
import type {Observation} from "./observation.ts";
import type {SourceMetadata} from "./source.ts";

/**
 * The extract stage's artifact for one source (work/extracted/<id>.json): every number found, how each is read, and the figures read.
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
  /**
   * Every number found, in text order. A number read as a figure has the status observation here; validate decides, across sources, which figures are published and which restate them or are held back.
   */
  mentions: AccountedMention[];
  /**
   * Every number read as a figure, in text order: candidates for publication, several of which may give the same indicator and period (a rounded headline and the exact figure).
   */
  figures: {
    /**
     * The start of the number's mention.
     */
    mention_start: number;
    observation: Observation;
    /**
     * Present when the figure stands on the text's headline, the line that repeats the source's title: a headline may round a count the body gives exactly (catalogue rounding headline_count).
     */
    headline?: true;
  }[];
}
