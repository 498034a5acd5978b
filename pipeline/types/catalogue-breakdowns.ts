/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Breakdowns of a figure by category (pipeline/catalogue/breakdowns.json): each has a code list, and each category the words that name it in a text. A share figure of a breakdown gets the category named in its clause (before the number first: 'إسبانيا: 25%', 'قضايا المخدرات (38%)'; else after it: '38% منها تتعلق بالمخدرات'). Cue words are folded as in the indicators catalogue; a cue of several words matches consecutive words.
 */
export interface BreakdownCatalogue {
  breakdowns: {
    id: string;
    label: Labels;
    description: string;
    /**
     * Where the codes come from (e.g. ISO 3166-1 alpha-2), or 'project' for a list of this project's.
     */
    code_list: string;
    /**
     * @minItems 1
     */
    categories: [
      {
        code: string;
        label: Labels;
        /**
         * Folded words (or sequences of words separated by one space) that name the category; empty for a category no text names by itself ('other').
         */
        cues: string[];
        /**
         * Folded names of a country's capital, as words after 'إلى' send what is counted to that country ('سلم المغرب إلى واشنطن شخصا واحدا': handed over by Morocco, not to it). They are not cues of the category: a capital names a place of action too ('في مدريد، …').
         */
        capitals?: string[];
      },
      ...{
        code: string;
        label: Labels;
        /**
         * Folded words (or sequences of words separated by one space) that name the category; empty for a category no text names by itself ('other').
         */
        cues: string[];
        /**
         * Folded names of a country's capital, as words after 'إلى' send what is counted to that country ('سلم المغرب إلى واشنطن شخصا واحدا': handed over by Morocco, not to it). They are not cues of the category: a capital names a place of action too ('في مدريد، …').
         */
        capitals?: string[];
      }[]
    ];
  }[];
}
export interface Labels {
  ar: string;
  en: string;
  fr: string;
}
