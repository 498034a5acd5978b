/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Prepositions, particles and verbs that may follow a number in place of its counted noun ('بلغ عدد الإنابات 143 خلال السنة'): the counted noun is then looked for before the number.
 */
export type Words = string[];
/**
 * Nouns meaning 'the number of' ('عدد', 'مجموع'): the word after them names what a number without a counted noun counts.
 */
export type Words1 = string[];
/**
 * 'of which / of whom' ('منها', 'من بينهم'): a number after them that names no counted noun of its own counts what the previous figure of its sentence counts.
 */
export type Words2 = string[];
/**
 * 'their number' ('عددها', 'عددهم'): the counted noun is the one the sentence named before the clause ('وفي ما يخص الأوامر الدولية، فقد بلغ عددها 98').
 */
export type Words3 = string[];

/**
 * Words that tell the extract stage how a number relates to the words around it (pipeline/extract/grammar-words.json), independent of any indicator. Written folded and without clitics, as catalogue cues.
 */
export interface GrammarWords {
  not_counted: Words;
  count_of: Words1;
  part_markers: Words2;
  pronoun_counts: Words3;
}
