/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * The clitics and endings that may surround a catalogue cue word in a text (pipeline/extract/cue-affixes.json), so that a cue 'ملف' matches 'ملفا', 'الملفات' and 'وبالملفات'. Written folded.
 */
export interface CueAffixes {
  /**
   * Attached conjunctions, prepositions and the article, alone and combined (و، ب، ال، وبال …).
   */
  prefixes: string[];
  /**
   * Endings after a cue: case and number endings, the accusative alif, attached pronouns; the plural verb ending also without its alif, as Moroccan Arabic writes it ('تسلمو').
   */
  suffixes: string[];
  /**
   * Endings that replace a cue's final ه (ة): plural ات, dual تين/تان, construct تي/تا, with a pronoun تها/تهم. Not ت alone: a noun keeps its ة before a genitive ('نشرة البحث'), and 'نشرت' is the verb (she published).
   */
  feminine_suffixes: string[];
  /**
   * Words that may stand between a number and its counted noun ('5800 من الملفات'; the Moroccan Arabic classifier in '25 واحد مطلوبين', and its possessive 'ديال' or 'د': 'سبعة ديال المواطنين', 'خمسة د العمليات'; 'فقط', only: '87 فقط سنة 2023').
   */
  fillers: string[];
}
