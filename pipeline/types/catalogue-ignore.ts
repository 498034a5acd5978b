/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Numbers that are not figures to publish, each rule with a written reason (pipeline/catalogue/ignore.json). A number matching every condition of a rule is accounted for as ignored.
 */
export interface IgnoreRules {
  rules: ({
    [k: string]: unknown;
  } & {
    id: string;
    reason: string;
    /**
     * Kinds of mention the rule applies to (all when absent).
     *
     * @minItems 1
     */
    kinds?: ["number" | "percent", ...("number" | "percent")[]];
    /**
     * Folded words without clitics, one of which is the first word after the number.
     *
     * @minItems 1
     */
    followed_by?: [string, ...string[]];
    /**
     * Folded words without clitics, one of which is the last word before the number.
     *
     * @minItems 1
     */
    preceded_by?: [string, ...string[]];
    /**
     * [lowest, highest]: the number's value must lie in this range (inclusive).
     *
     * @minItems 2
     * @maxItems 2
     */
    value_between?: [number, number];
    /**
     * true: the first word after the number carries the article ('واحد الملفات'): no numeral counts a definite noun after it.
     */
    followed_by_definite?: true;
    /**
     * true: the number agrees with a definite noun before it, written with the article ('الأشهر التسعة') or followed by a definite word ('الأشهر 9 الأولى'): in 'خلال هذه الأشهر ثمانية رعايا' the numeral counts the noun after it.
     */
    definite?: true;
    /**
     * true: the number stands inside a tag of the page's markup ('<h1>', '<th width="60%">', an image's address; pipeline/arabic/markup.ts), not in the article's text.
     */
    in_markup?: true;
    /**
     * true: the number stands in square brackets after a name and a colon, alone or as a range or list ('[المائدة: 2]', '[قريش: 3-4]', '[ص: 12، 14]'): a reference to a verse, a page or a passage, not a figure.
     */
    in_reference_brackets?: true;
    /**
     * true: the number is a tick of a chart's axis copied as text, one of at least four round numbers evenly spaced, one to a line or in one row ('7000⏎6000⏎…⏎0', '0 | 50 | 100 | 150'; pipeline/text/axis-ticks.ts).
     */
    on_chart_axis?: true;
    /**
     * true: the word before the number does not follow a demonstrative (grammar-words demonstratives): 'خلال هذا الفصل 1240 ملفا' is this quarter's count, not a law's chapter 1240.
     */
    not_after_demonstrative?: true;
    /**
     * true: only a number with a qualifier of its own and no word after it in its clause ('أي أقل من الخمس.', 'نحو العشر،'): a definite 'خمس' counting nothing after a qualifier is a fraction, a fifth.
     */
    qualified_at_clause_end?: true;
    /**
     * true: only a number without a qualifier of its own ('الأشهر التسعة', never 'الأشهر نحو تسعة'): 'فستة شهور تقريبا ربعة آلاف ملف' is no span of months.
     */
    unqualified?: boolean;
    /**
     * true: the number is the wrong figure a correction denies ('هي 18 في المائة وليس 8 في المائة'): its value, of the indicator of the figure of its kind right before it in its sentence, is withdrawn wherever the text prints it (pipeline/extract/retracted.ts).
     */
    withdraws?: true;
    /**
     * Folded words without clitics, one of which the number is written as (a dual: 'سنتين').
     *
     * @minItems 1
     */
    written?: [string, ...string[]];
  })[];
}
