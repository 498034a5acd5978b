/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Page cruft that ingest sets aside (pipeline/catalogue/cruft.json): lines of a retrieved web page that are not part of the article. Numbers on such lines are accounted for as cruft, never published as observations.
 */
export interface CruftRules {
  rules: ({
    [k: string]: unknown;
  } & {
    id: string;
    /**
     * Why such a line is not part of the article.
     */
    reason: string;
    /**
     * Whole lines (normalised, trimmed, without a closing colon or ellipsis) that are cruft.
     *
     * @minItems 1
     */
    line_equals?: [string, ...string[]];
    /**
     * A regular expression (JavaScript, unicode flag) that a whole normalised, trimmed line must match.
     */
    line_pattern?: string;
    /**
     * A regular expression (JavaScript, unicode flag) that what follows a copy of another line of the text (of 20 characters or more) must match for the line to be cruft: the page's title as the browser shows it, the headline then the site's name ('حصيلة 2018.. أمن المغرب يعالج 4060 ملفا … | رصيف نيوز').
     */
    copy_then?: string;
    /**
     * The line heads a block of the page (a list of related articles, the latest news): the lines after it, up to the first empty line, are cruft too.
     */
    starts_block?: boolean;
    /**
     * The line closes a block of the page that began after the last empty line above it (a reader's comment: its author, its words, then this line of reactions, 'أعجبني · رد · 3 أسابيع'): the lines above it, up to that empty line, are cruft too.
     */
    closes_block?: boolean;
    /**
     * The line heads what the page puts after the article (the readers' comments): every line after it, to the end of the text, is cruft too.
     */
    ends_article?: boolean;
  })[];
}
