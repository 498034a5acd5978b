// The indicator of a count: its counted noun and the clause around it choose among the catalogue's (patterns.ts),
// or, when they decide nothing, the count before it, the change it ends, a label, a series or a recalled figure
// does (count-continuation.ts, borrowed-noun.ts); a count of one kind of what its noun names, or an ambiguity, is
// a reading of its own.
import type { Catalogue } from "../catalogue/load.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { continuesTheFigureBefore, elidedNounOfTheFigureBefore, outOf } from "./part-of-next.ts";
import { sentAbroad } from "./foreign-section.ts";
import { grammarWords } from "./grammar-words.ts";
import { concernsOneKind } from "./about-kind.ts";
import { opensParenthesis } from "./clauses.ts";
import { type CountedNoun, isPart, namedByCountOf } from "./counted-noun.ts";
import { bareWholeOfPart, namesPartOfYear, partOfWholeOrPart, wholeByDirection, wholeNamedWithPart, wholeOfPrevious } from "./part-and-whole.ts";
import { sameStem, wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { decide, type PatternInput, type PatternMatch, rankIndicators } from "./patterns.ts";
import { findPhrases } from "./phrases.ts";
import { Evidence, heldBack, type Reading, unaccounted } from "./reading.ts";
import { clauseWords, type NumberScope, opensOnTopic, patternInput, questionOf, sentenceOpening, topicClauseOfNoun, wordsAfter } from "./scope.ts";
import type { CountFigure, SentenceSoFar } from "./sentence-state.ts";
import type { Word } from "./words.ts";
import { afterChangeWord, endsTransition, levelAfterChange, startsTransition } from "./transition.ts";
import { backReferenced, continued, coordinatedCompared, countsNoun, elidedContext, pairedWithWholeAndPart, repeatedNounCompared, sameNounCompared, sameNounNumber, theirNumber, yearInParenthesesItem } from "./count-continuation.ts";
import { seriesContinued } from "./count-series.ts";
import { governingWords } from "./governing-words.ts";
import { namesNationalLevel } from "./other-body.ts";
import { partOfFigureBefore, recalledIndicator } from "./recalled.ts";
import { changeSubjectNoun, labelNoun, partPronounReferent } from "./borrowed-noun.ts";
import { restatedConstruct } from "./restated-construct.ts";
import { sameKind, sameKindAntecedent } from "./same-kind.ts";

const howWords: Record<CountedNoun["how"], string> = {
  after: "counted",
  dual: "counted (dual)",
  count_of: "counted (after عدد)",
  part: "counted (a part of the previous figure)",
  pronoun: "counted (named before the clause)",
  relative: "counted (the head of its relative clause, «منها»)",
  before: "counted (named before the number)",
  label: "counted (the table row's label)",
  later_end: "counted (after the change's later end)",
  earlier_end: "counted (as the change's earlier end)",
  elided: elidedNounOfTheFigureBefore,
  of_whole: "counted (the noun of the whole it is out of, «من أصل»)",
};

/** Whether the counted noun is a word of the clause before the number's ("الإنابات القضائية …، ميا وطناش"). */
const namedInClauseBefore = (scope: NumberScope, counted: CountedNoun) => counted.word !== null && scope.previousClause.words.includes(counted.word);

/** "عدد المغاربة الذين أوقفوا خارج أرض الوطن، وهم 34 مواطنا": "they are", alone before the number, says what the clause before names. */
const theyAre = (scope: NumberScope) => scope.lead.length === 1 && wordIsAny(scope.lead[0]!, grammarWords.they_are);

/**
 * A part whose noun after it names what it is about, not what it counts ("تهم 48 منها قضايا الاتجار في المخدرات"):
 * read with the whole's noun, among the whole's parts.
 */
function partOfWhole(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun, soFar: SentenceSoFar) {
  // The whole may be the line before, a label's ("الإنابات القضائية الدولية المتابعة: 162⏎منها في قضايا المخدرات وغسل الأموال: 41").
  const lineBefore = soFar.lastCount === undefined && (counted.how === "label" || counted.how === "before") && !opensOnTopic(scope) ? soFar.previousSentence?.counted : undefined;
  const wholeNoun = soFar.lastCounted ?? lineBefore;
  if ((counted.how !== "after" && !lineBefore) || !wholeNoun || !isPart(scope.text, scope.before, scope.after)) return undefined;
  const retry = candidates(scope, catalogue, { ...wholeNoun, word: null, how: "part" }, soFar);
  const decision = decide(rankIndicators(retry.indicators, retry.input));
  return "match" in decision ? decision.match : undefined;
}

/**
 * "تم استقدام 22 شخصا مطلوبا للعدالة المغربية، 10 منهم خلال الأشهر الستة الأولى": a part that names a part of the
 * year and counts its whole's noun is the whole's count for that part, though the words that decided the whole's
 * indicator are in the whole's clause.
 */
function partOfYearOfWhole(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun, soFar: SentenceSoFar): CountFigure | undefined {
  // "153 إنابة، 35 منها تتعلق بالمخدرات، وكان نصيب الفصل الرابع منها 43 إنابة": a part is no larger than its whole,
  // so "منها" goes back past a smaller count of the sentence to the one it can be a part of.
  const last = soFar.lastCount;
  const whole = last && last.value < scope.mention.value ? ([...soFar.counts].reverse().find((c) => !c.compared && c.value >= scope.mention.value) ?? last) : last;
  if (!whole || whole.compared || !isPart(scope.text, scope.before, scope.after) || !namesPartOfYear(scope, catalogue)) return undefined;
  // "16 شخصا مطلوبا …، منهم 8 أشخاص خلال النصف الأول": a noun of persons in general, of a whole that counts persons.
  const persons = whole.indicator.unit === "persons" && wordMatchesAny(counted.folded, grammarWords.generic_counted);
  return counted.how === "part" || persons || (whole.counted !== null && sameStem(counted.folded, whole.counted.folded)) ? whole : undefined;
}

/**
 * The indicator chosen, and the count of a series the number goes on from, if it does (count-series.ts); `recalls`:
 * the count recalls an earlier value of a figure just given, a comparison with it ("وكان العدد قد بلغ 97 شخصا قبل عام").
 */
export type IndicatorChoice = { indicator: Indicator; evidence: Evidence; series?: CountFigure; recalls?: true } | { reading: Reading; oneKind?: true };

/**
 * The candidates a count may be: after "منها / من بينهم", only the indicators declared part of the previous
 * figure's (a part is not its whole: "ثلاث عمليات متعددة الأطراف، انصبت اثنتان منها على ..." is no count of
 * operations); for a count "similar" to the previous one, only other indicators, read with that one's words too.
 */
/**
 * "وماذا عن مذكرات البحث الدولية؟⏎— نشر ثلاثا وستين مذكرة، مقابل …": an answer's noun with nothing after it in its
 * clause is the question's, with the words that follow it there (the construct "مذكرات البحث الدولية"); so is an
 * item's under its list's heading ("٢. مذكرات البحث الدولية" over "- مقارنة بالربع الثاني (32 مذكرة): −9,4%").
 */
function namedConstruct(scope: NumberScope, counted: CountedNoun): Word | undefined {
  if (counted.how !== "after" || !counted.word) return undefined;
  const own = counted.qualifier;
  if (own && !/[،,؛;.:!?؟()\n]/u.test(scope.text.slice(counted.word.end, own.start))) return undefined;
  for (const named of [questionOf(scope), scope.parentItem]) {
    const at = named.findIndex((w) => sameStem(w.folded, counted.folded));
    if (at >= 0) return named[at + 1];
  }
  return undefined;
}

function candidates(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun, soFar: SentenceSoFar): { indicators: Indicator[]; input: PatternInput } {
  const previous = soFar.lastCount;
  const counts = catalogue.indicators.indicators.filter((i) => i.kind === "count");
  // The whole after "من أصل" ("55 من أصل 97 موقوفا مغاربة"): the adjective after its noun says what the part is.
  // (not "من ضمنهم 39 مواطنا مغربيا", among them: a part).
  const ofWhole = grammarWords.whole_markers.includes(scope.lead.at(-1)?.folded ?? "");
  const qualifier = ofWhole ? null : (namedConstruct(scope, counted) ?? counted.qualifier);
  const plain = { ...patternInput(scope, counted.folded, qualifier, counted.how === "pronoun" || counted.how === "relative" || namedInClauseBefore(scope, counted) || theyAre(scope)), sentAbroad: sentAbroad(clauseWords(scope), catalogue.breakdowns) };
  const governing = [...governingWords(scope, soFar), ...wholesClause(scope)];
  const input = governing.length > 0 ? { ...plain, clause: [...governing, ...plain.clause] } : plain;
  // The whole of a part may be the last figure of the previous sentence ("... إذ تم تسلم تسعة أشخاص من بين هؤلاء"),
  // unless this one opens on a topic of its own, or its paragraph on a glossary's term ("الأمر الدولي بإلقاء القبض: …
  // نُشر منها 63 أمرا": of the term).
  // Nor when the clause before names the noun it counts ("واصلت إعلانات البحث … تراجعها، إذ لم يعمم منها سوى 329
  // إعلانا"): "of them" is of that noun (partPronounReferent).
  const whole = previous ?? (opensOnTopic(scope) || scope.term.length > 0 || partPronounReferent(scope, counted, soFar) ? undefined : soFar.previousSentence);
  // "التي تابع المكتب تنفيذ 125 منها": of the relative's head, not a part of the figure before.
  // With no figure before it, "منها" refers to a noun ("أما الإنابات …، فقد بلغ عدد ما تمت متابعة تنفيذه منها 162
  // إنابة"): the count is of that noun, read by its own cues.
  if (isPart(scope.text, scope.before, scope.after) && counted.how !== "relative" && whole !== undefined) {
    // A part of the year ("7146 ملفا، منها 3690 خلال النصف الأول") is the whole's count for a shorter period.
    const sameCount = namesPartOfYear(scope, catalogue);
    const partsOf = (figure: CountFigure) => counts.filter((i) => i.part_of === figure.indicator.id || (sameCount && i.id === figure.indicator.id));
    const own = partsOf(whole);
    // "أوقفت 74 شخصا …، بناء على 66 أمرا دوليا …، بينهم 38 مغربيا": "among them", of persons, after a count of
    // things that has no parts, is of the sentence's count of persons before it.
    const persons = own.length === 0 && whole.indicator.unit !== "persons" && ofPersons(scope) ? [...soFar.counts].reverse().find((c) => c.indicator.unit === "persons" && partsOf(c).length > 0) : undefined;
    return { indicators: persons ? partsOf(persons) : own, input };
  }
  // "29 إنابة من أصل 125 إنابة قضائية دولية … تتعلق بالاتجار في المخدرات": what a part of the same noun is "out of"
  // is no part itself (unlike "275 مركبة، من أصل 1406 ملفات" or "سبعة مغاربة … من أصل 55 مواطنا").
  // Not when the part borrowed the whole's noun ("29 من أصل 62 مغربيا"): the part is then of the whole's kind.
  const sameNounWhole = ofWhole && soFar.lastCounted !== undefined && soFar.lastCounted.how !== "of_whole" && sameStem(soFar.lastCounted.folded, counted.folded);
  if (sameNounWhole) {
    // The whole of the indicator the part was read as (a figure or held back), read with the part's words too: "46
    // ملفا مرتبطا بالمركبات المسروقة من أصل 1406 ملفات" (a unit's vehicle files, out of the nation's).
    // Out of a whole the clause says is the nation's ("من أصل 1406 ملفات عالجتها المصالح المركزية على الصعيد
    // الوطني"), a local unit's part is of the same indicator, not of the one it is a part of.
    const part = counts.find((i) => i.id === soFar.lastIndicatorId);
    const nationwide = namesNationalLevel(scope.after);
    const whole = part && (part.part_of === undefined || nationwide ? part : counts.find((i) => i.id === part.part_of));
    if (!whole) return { indicators: counts.filter((i) => i.part_of === undefined), input };
    return { indicators: [whole], input: { ...input, clause: [...(soFar.lastIndicatorClause ?? []), ...input.clause] } };
  }
  if (!previous) return { indicators: counts, input };
  if (counted.qualifier && wordIsAny(counted.qualifier, grammarWords.similar)) {
    return { indicators: counts.filter((i) => i.id !== previous.indicator.id), input: { ...input, clause: [...input.clause, ...previous.clause] } };
  }
  return { indicators: counts, input };
}

/** How many words of the clause of the whole a part is "out of" may say what both are about. */
const wholesClauseReach = 10;

/**
 * The words after the whole a count is "out of", to the end of their clause: "78 مواطنا مغربيا من أصل 131 شخصا
 * مبحوثا عنهم على الصعيد الدولي جرى توقيفهم خارج أرض الوطن" (arrested, both).
 */
function wholesClause(scope: NumberScope): Word[] {
  const [marker, last] = scope.after.slice(-2);
  if (marker?.folded !== "من" || !last || !grammarWords.whole_markers.includes(last.folded)) return [];
  const words = wordsAfter(scope, last, wholesClauseReach);
  const end = words.findIndex((w, i) => i > 0 && /[،,.؛;:!؟?\n()]/u.test(scope.text.slice(words[i - 1]!.end, w.start)));
  return end < 0 ? words : words.slice(0, end);
}

/** Whether the number's part marker is of persons: "بينهم", "من بينهم", "منهم". */
const ofPersons = (scope: NumberScope) => scope.before.some((w) => w.folded.endsWith("هم") && wordIsAny(w, grammarWords.part_markers));

/**
 * "بلغ عدد المغاربة الموقوفين بالخارج 54 شخصا": after "persons", a part of what they count (or another count of
 * persons) that "عدد" names before the number (the Moroccans among the persons arrested) is what the number counts.
 */
function subgroupCounted(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun, soFar: SentenceSoFar, decided: Indicator | null, catalogued: readonly string[]) {
  if (counted.how !== "after" && counted.how !== "dual") return undefined;
  const generic = wordMatchesAny(counted.folded, grammarWords.generic_counted);
  // "تراجع عدد الأجانب المسلمين مقارنة مع 2022، حين بلغ 15 شخصا": a clause of "when it amounted to" says how many of
  // what "عدد" named in the clause before.
  // So does "that is" restating it: "عدد المواطنين المغاربة الذين أوقفوا خارج التراب الوطني، أي 83 شخصا من بين الموقوفين".
  const relative = scope.before[0] !== undefined && (wordIsAny(scope.before[0], grammarWords.relatives) || (scope.before.length === 1 && wordIsAny(scope.before[0], grammarWords.restating)));
  const named = namedByCountOf(scope.before) ?? (relative ? namedByCountOf(scope.previousClause.words) : undefined) ?? frontedCountOf(scope, soFar);
  if (!named || !wordIsAny(named, catalogued) || wordIsAny(named, grammarWords.generic_counted)) return undefined;
  // Or a noun that repeats a word of what "عدد" names: "عدد المواطنين المغاربة الموقوفين في الخارج الذي بلغ 62 موقوفا".
  const echoes = () => [...scope.previousClause.words, ...scope.before].some((w) => w.start > named.end && w.end <= scope.mention.start && sameStem(w.folded, counted.folded));
  if (!generic && !echoes()) return undefined;
  // The noun's adjective counts too: "عدد المواطنين المغاربة الموقوفين خارج أرض الوطن 39 شخصا" (Moroccans).
  const choice = candidates(scope, catalogue, { folded: named.folded, word: named, how: "count_of", qualifier: scope.wordAfter(named) }, soFar);
  const decision = decide(rankIndicators(choice.indicators, choice.input));
  // Or another indicator counting the same unit: "تراجع عدد الأجانب الموقوفين لفائدة السلطات القضائية الأمريكية إلى
  // شخصين" (foreigners arrested for the United States, not all the wanted persons arrested).
  // With no indicator of its own ("وبلغ عدد المغاربة الذين أوقفوا خارج أرض الوطن 83 شخصا"), any count of persons.
  const unit = decided?.unit ?? personsUnit;
  const fits = "match" in decision && (decision.match.indicator.part_of === decided?.id || decision.match.indicator.unit === unit || (relative && named.end <= scope.before[0]!.start));
  return fits ? { indicator: decision.match.indicator, word: named, evidence: decision.match.evidence } : undefined;
}

/**
 * "162 إنابة …، من بينها 41 إنابة في قضايا المخدرات …، وهي الإنابات التي كانت قد بلغت 153": a clause that names no count
 * of its own but the noun of the whole and its part again, with the article, after the part: it may recall either.
 */
function wholeOrPartNamed(scope: NumberScope, soFar: SentenceSoFar): { word: Word; whole: CountFigure; part: CountFigure } | undefined {
  const part = soFar.lastCount;
  const whole = part?.indicator.part_of === undefined ? undefined : [...soFar.counts].reverse().find((c) => c.indicator.id === part.indicator.part_of);
  if (!part?.counted || !whole?.counted) return undefined;
  const word = scope.before.find((w) => /^[وف]?ال/u.test(w.folded) && sameStem(w.folded, whole.counted!.folded) && sameStem(w.folded, part.counted!.folded));
  return word && { word, whole, part };
}

/**
 * "the number of" fronted before an aside, the number's clause a verb of level alone: "أن عدد المواطنين المغاربة الذين
 * تم توقيفهم خارج أرض الوطن، في إطار الأوامر الدولية بإلقاء القبض، بلغ 71 شخصا" (no count between them).
 */
function frontedCountOf(scope: NumberScope, soFar: SentenceSoFar): Word | undefined {
  if (scope.before.length !== 1 || !wordIsAny(scope.before[0]!, grammarWords.differences.levels)) return undefined;
  const countOf = namedByCountOf(scope.earlier);
  const last = soFar.counts.at(-1);
  return countOf && (!last || last.end < countOf.start) ? countOf : undefined;
}

/**
 * A label before its colon whose noun counts another indicator than the noun after the number ("الإنابات القضائية
 * الدولية: 110 ملفات في 2018"): which of the two the number counts is not said; none when the two agree, or one is
 * a part of the other.
 */
function labelOfOther(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun, soFar: SentenceSoFar, decided: PatternMatch, catalogued: readonly string[]) {
  if (counted.how !== "after") return undefined;
  // A heading's label, opening on its noun ("الإنابات القضائية الدولية:"), not a sentence ending on a colon ("ولم
  // تقتصر الحركة على الملفات:"); and one the number's own reading did not take as its context ("السيارات المسروقة: 690 ملفا").
  const labelled = labelNoun(scope, catalogued);
  if (!labelled || labelled.word !== scope.before[0] || scope.before.length > headingLabelWords || sameStem(labelled.folded, counted.folded)) return undefined;
  if (decided.evidence.includes(labelled.word)) return undefined;
  const choice = candidates(scope, catalogue, labelled, soFar);
  const decision = decide(rankIndicators(choice.indicators, choice.input));
  if (!("match" in decision)) return undefined;
  const other = decision.match.indicator;
  const related = other.id === decided.indicator.id || other.part_of === decided.indicator.id || decided.indicator.part_of === other.id;
  return related ? undefined : { indicator: other, word: labelled.word! };
}

/**
 * The noun of the topic a sentence opens on ("أما الأجانب المطلوبون للقضاء الأمريكي، …"), when "the number of" names
 * those "of them" ("عدد الموقوفين منهم"): what the number counts.
 */
function topicOfThem(scope: NumberScope, subject: CountedNoun, catalogued: readonly string[]): CountedNoun | undefined {
  if (subject.how !== "count_of") return undefined;
  const after = subject.word && scope.wordAfter(subject.word);
  if (!after || !grammarWords.part_markers.includes(after.folded) || !opensOnTopic(scope)) return undefined;
  const noun = sentenceOpening(scope).find((w) => wordIsAny(w, catalogued));
  return noun && noun.start < subject.word!.start ? { folded: noun.folded, word: noun, how: "count_of", qualifier: scope.wordAfter(noun) } : undefined;
}

/**
 * A number with no noun after it, opening a parenthesis right after a count of its clause ("17 شخصا مطلوبا للعدالة
 * المغربية (15 في نفس الفترة من 2024)"): that count's indicator, given for another period, whatever the words before
 * the parenthesis would count alone.
 */
function countBeforeParenthesis(scope: NumberScope, soFar: SentenceSoFar): CountFigure | undefined {
  const last = soFar.lastCount;
  if (!last || last.counted?.how !== "after" || !opensParenthesis(scope.text, scope.mention) || last.end > scope.mention.start) return undefined;
  // Not a parenthesis of its own label ("عدد الموقوفين (89) يفوق عدد الأوامر المنشورة (78)").
  const between = scope.text.slice(last.end, scope.mention.start);
  return /[،,؛;.:)\p{N}\n]/u.test(between) ? undefined : last;
}

/** How many words a heading's label before its colon may have: "الإنابات القضائية الدولية:". */
const headingLabelWords = 4;

/** The unit of the counts of persons, what the generic nouns (grammar-words generic_counted: شخص، فرد) count. */
const personsUnit = "persons";

/** "… بنحو 10 في المائة إلى 131 شخصا": the level of a change whose noun says only "persons" counts what the change's subject names. */
const levelOfGenericNoun = (scope: NumberScope, counted: CountedNoun | null) => counted !== null && wordMatchesAny(counted.folded, grammarWords.generic_counted) && (levelAfterChange(scope) || boundAfterChange(scope));

/** "ارتفع عدد الموقوفين بنسبة 10 في المائة مقارنة مع 80 شخصا سنة 2017": a count of persons compared with after a change of what its sentence names. */
const comparedAfterChange = (scope: NumberScope, counted: CountedNoun | null, compared: boolean) =>
  compared && counted !== null && wordMatchesAny(counted.folded, grammarWords.generic_counted) && afterChangeWord(scope);

/** "تراجع عدد الرعايا الأجانب … بنسبة 30%، إذ لم يتجاوز 7 أشخاص": a verb bounding the number right before it, after a change. */
const boundAfterChange = (scope: NumberScope) =>
  (scope.mention.qualifier !== undefined || (scope.qualifierVerb !== null && scope.lead.at(-1) === scope.qualifierVerb)) && afterChangeWord(scope);

/**
 * "… 1312 ملفا يتعلق بسيارات مسروقة … . وكان عدد هذه الملفات قد بلغ 1080 ملفا سنة 2021": "the number of these" and
 * the noun the count of the sentence before had say the count is of what that one counted, not of what the noun
 * alone counts.
 */
function theseOfBefore(scope: NumberScope, counted: CountedNoun | null, soFar: SentenceSoFar): CountFigure | undefined {
  if (!counted) return undefined;
  const these = (w: Word, i: number, words: readonly Word[]) => i > 0 && wordIsAny(words[i - 1]!, grammarWords.demonstratives) && sameStem(w.folded, counted.folded);
  // In the sentence, "these" in the number's own clause, as its subject, names what the count before it counted:
  // "ونشر قرابة 2,3 ألف مذكرة لتوقيف سريان الأبحاث الدولية، بعدما كانت هذه المذكرات في حدود 2,2 ألف سنة 2022".
  const last = soFar.counts.at(-1);
  if (last?.counted && counted.how === "before" && sameStem(counted.folded, last.counted.folded)) return scope.before.some(these) ? last : undefined;
  const previous = soFar.previousSentence;
  if (!previous?.counted || soFar.counts.length > 0 || !sameStem(counted.folded, previous.counted.folded)) return undefined;
  const words = [...scope.earlier, ...scope.before];
  // "the number of these", not "among these" ("ومن بين هذه الملفات، 214 ملفا": a part) nor "the total of these"
  // ("بلغ مجموع هذه المذكرات 6376 مذكرة" under a table: all its rows).
  const named = words.some((w, i) => i > 1 && wordIsAny(words[i - 2]!, numberOf) && these(w, i, words));
  // After a whole and its part of one noun ("125 إنابة قضائية دولية، منها 29 إنابة تتعلق بالاتجار في المخدرات. …
  // وارتفاع عدد هذه الإنابات …، حين بلغ 112 إنابة"), "these" may be either: its own cues read it.
  const wholeBefore = previous.indicator.part_of !== undefined && soFar.recent.some((c) => c.indicator.id === previous.indicator.part_of && c.end <= previous.start && c.counted !== null && c.counted !== undefined && sameStem(c.counted.folded, counted.folded));
  return named && !wholeBefore ? previous : undefined;
}

/**
 * "… منها 41 إنابة تتعلق بالاتجار في المخدرات. وللمقارنة، كانت هذه الفئة تضم 35 إنابة سنة 2023": "this kind"
 * after the count before (in the sentence, or the sentence before's last), of the same noun, is the kind that count
 * was: "وتهم 19 إنابة منها قضايا الاتجار في المخدرات، علما أن عدد هذا الصنف من الإنابات لم يتجاوز 35".
 */
function kindOfBefore(scope: NumberScope, counted: CountedNoun | null, soFar: SentenceSoFar): CountFigure | undefined {
  const inSentence = soFar.counts.at(-1);
  const previous = inSentence ?? soFar.previousSentence;
  if (!counted || !previous?.counted || !sameStem(counted.folded, previous.counted.folded)) return undefined;
  // In the sentence, in the number's own clause: not the count before's "ثلاث عمليات من هذا النوع، فيما … في عمليتين".
  return findPhrases(inSentence ? scope.before : [...scope.earlier, ...scope.before], sameKind).some((phrase) => phrase.start >= previous.end) ? previous : undefined;
}

/** How many words after "N من الـX" may name the part the count is of: "مواطنون مغاربة". */
const partitiveReach = 3;

/**
 * "وأن 45 من الموقوفين مواطنون مغاربة تم توقيفهم بالخارج": "N of the X" followed by the noun of a part of what X
 * counts is that part's count, not the whole's.
 */
function partitivePart(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun, decided: Indicator): { indicator: Indicator; word: Word } | undefined {
  const word = counted.word;
  if (counted.how !== "after" || !word || !/^\s*من\s*$/u.test(scope.text.slice(scope.mention.end, word.start))) return undefined;
  const parts = catalogue.indicators.indicators.filter((i) => i.part_of === decided.id);
  if (parts.length === 0) return undefined;
  const following = scope.after.filter((w) => w.start >= word.end).slice(0, partitiveReach);
  for (const [k, noun] of following.entries()) {
    // "3380 من الملفات وطلبات المعلومات": a noun joined by "و" is more of the whole, not its part.
    if (noun.folded.startsWith("و")) return undefined;
    const decision = decide(rankIndicators(parts, patternInput(scope, noun.folded, following[k + 1] ?? null)));
    if ("match" in decision) return { indicator: decision.match.indicator, word: noun };
  }
  return undefined;
}


/** "the number of", and not "the total of" (grammar-words count_of has both). */
const numberOf = grammarWords.number_of;

/**
 * "41 إنابة … مرتبطة بالاتجار في المخدرات، من أصل 162 إنابة، بعدما كان عددها 35 إنابة خلال السنة الماضية": right
 * after a part and the whole it is "out of", a compared count may be the part's earlier value (the sentence's
 * subject) or the whole's (the count right before it): the two ids, held back as ambiguous.
 */
function comparedAfterOutOf(scope: NumberScope, soFar: SentenceSoFar): { ids: string[]; marker: string } | undefined {
  const whole = soFar.lastCount;
  const part = soFar.counts.at(-2);
  if (!whole || !part || part.indicator.part_of !== whole.indicator.id || part.end > whole.start) return undefined;
  // Only "its number was" ("بعدما كان عددها 35 إنابة"): "مقابل 143 إنابة" compares the count right before it, and
  // "مقابل 42 مغربيا" the one its noun counts.
  if (!scope.lead.some((w) => wordIsAny(w, grammarWords.count_of) || wordIsAny(w, grammarWords.past_being))) return undefined;
  const marker = outOf.exec(scope.text.slice(part.end, whole.start))?.[1];
  return marker ? { ids: [whole.indicator.id, part.indicator.id], marker } : undefined;
}

/** The indicator its own cues give; failing those, the previous figure it continues. */
export function chooseIndicator(own: NumberScope, catalogue: Catalogue, noun: CountedNoun | null, soFar: SentenceSoFar, catalogued: readonly string[], compared: boolean): IndicatorChoice {
  const evidence = new Evidence(own.text, own.qualifierVerb);
  // "أما الأجانب المطلوبون للقضاء الأمريكي، فقد تراجع عدد الموقوفين منهم …": those "of them" are the topic's, read
  // with the sentence's words from the topic on.
  const topic = noun && topicOfThem(own, noun, catalogued);
  const counted = topic ?? noun;
  const scope = topic ? { ...own, before: [...own.earlier, ...own.before].filter((w) => w.start >= topic.word!.start) } : own;
  if (topic) evidence.words(`the topic of «${noun!.folded}» «منهم»`, [topic.word!]);
  else if (counted?.word) evidence.words(howWords[counted.how], [counted.word]);
  else if (counted) evidence.note(`${howWords[counted.how]} «${counted.folded}»`);
  const aside = counted?.how === "after" ? undefined : countBeforeParenthesis(scope, soFar);
  if (aside) return { indicator: aside.indicator, evidence: evidence.note(`in parentheses right after the count it compares with (${aside.indicator.id})`) };
  const paired = counted === null || counted.how === "elided" ? pairedWithWholeAndPart(scope, soFar, compared) : undefined;
  if (paired) return { indicator: paired.indicator, evidence: evidence.note(`the ${paired.indicator.part_of === undefined ? "whole's" : "part's"} value of a pair compared with a whole and its part (${paired.indicator.id})`), recalls: true };
  const nested = counted?.how === "part" ? partOfWholeOrPart(scope, catalogue, soFar) : undefined;
  if (nested) return { reading: heldBack(`ambiguous: «${nested.marker}» after a whole and its part may be a part of either (${nested.ids.join(" or ")})`, evidence, null, null, { candidates: nested.ids }) };
  // "23 ملفا تتعلق بنقل أطفال …، مقابل 17 ملفا في السنة التي قبلها": compared with a count of one kind, the same kind.
  if (compared && counted?.how === "after" && soFar.oneKind && sameStem(counted.folded, soFar.oneKind.folded)) {
    return { reading: unaccounted(`compared with a count of one kind of «${soFar.oneKind.folded}», it counts that kind too: no indicator counts it`, evidence, { counted: counted.folded }), oneKind: true };
  }
  // "41 منها مرتبطة بتهريب المخدرات، مقابل 35 إنابة من هذا الصنف سنة 2023": "of this kind" compares the count right
  // before it (a part), whatever its own noun would count alone.
  const ofThisKind = compared && soFar.lastCount && findPhrases(scope.after, sameKind).length > 0 ? soFar.lastCount : undefined;
  if (ofThisKind) return { indicator: ofThisKind.indicator, evidence: evidence.note(`"of this kind": the count before it (${ofThisKind.indicator.id})`) };
  const kind = kindOfBefore(scope, counted, soFar);
  if (kind) return { indicator: kind.indicator, evidence: evidence.note(`"this kind" of the count before it (${kind.indicator.id})`) };
  const these = theseOfBefore(scope, counted, soFar);
  if (these) return { indicator: these.indicator, evidence: evidence.note(`"these" of the count before it (${these.indicator.id})`) };
  const outOf = compared ? comparedAfterOutOf(scope, soFar) : undefined;
  if (outOf) return { reading: heldBack(`ambiguous: compared right after a part and the whole it is «out of» («${outOf.marker}»), it may compare either (${outOf.ids.join(" or ")})`, evidence, null, null, { candidates: outOf.ids }) };
  const same = sameNounCompared(scope, counted, soFar, catalogued, compared);
  if (same) return { indicator: same.indicator, evidence: evidence.note(`compared with the figure before it, the same noun (${same.indicator.id})`) };
  const choice = counted ? candidates(scope, catalogue, counted, soFar) : undefined;
  const decision = counted && choice ? decide(rankIndicators(choice.indicators, choice.input)) : undefined;
  const among = decision && "none" in decision ? wholeOfPrevious(scope, counted!, soFar) : undefined;
  if (among) return { indicator: among.indicator, evidence: evidence.words("the whole of the count before it", [among.marker]) };
  const subgroup = decision && !("ambiguous" in decision) ? subgroupCounted(scope, catalogue, counted!, soFar, "match" in decision ? decision.match.indicator : null, catalogued) : undefined;
  if (subgroup) return { indicator: subgroup.indicator, evidence: evidence.words("the number of", [subgroup.word]).words("context", subgroup.evidence) };
  const oneKind = decision && "match" in decision ? concernsOneKind(scope, counted!, decision.match) : undefined;
  if (oneKind) return { reading: unaccounted(`a count of «${counted!.folded}» concerning one kind of them («${scope.text.slice(oneKind.start, oneKind.end)} …»), not all of them: no indicator counts that kind`, evidence, { counted: counted!.folded }), oneKind: true };
  const partitive = decision && "match" in decision ? partitivePart(scope, catalogue, counted!, decision.match.indicator) : undefined;
  if (partitive) return { indicator: partitive.indicator, evidence: evidence.words("of them, a part named after it", [partitive.word]) };
  const matched = decision && "match" in decision ? decision.match : undefined;
  const label = matched && labelOfOther(scope, catalogue, counted!, soFar, matched, catalogued);
  if (label) {
    const ids = [matched!.indicator.id, label.indicator.id];
    return { reading: heldBack(`ambiguous: its label («${label.word.folded}») names what ${label.indicator.id} counts, its own noun («${counted!.folded}») what ${ids[0]} counts`, evidence, null, null, { counted: counted!.folded, candidates: ids }) };
  }
  // "بعدما كان عددهم 31 طيلة سنة 2024": "their number" in a clause that names no noun (it borrows one from before) is the
  // count before it, whatever the words around it would count; not "الأوامر الدولية، البالغ عددها 84" (the noun before).
  const either = counted?.how === "pronoun" ? wholeOrPartNamed(scope, soFar) : undefined;
  if (either) {
    const ids = [either.whole.indicator.id, either.part.indicator.id];
    return { reading: heldBack(`ambiguous: «${either.word.folded}» after a part may name the whole or the part (${ids.join(" or ")})`, evidence, null, null, { candidates: ids }) };
  }
  // So is a dual after "their number" ("كما شاركت في 4 عمليات أمنية متعددة الأطراف …، بعدما لم يتجاوز عددها عمليتين
  // سنة 2020"), whatever the sentence's other operations would make of its noun.
  const theirsAlone = counted?.how === "pronoun" || counted?.how === "dual" ? theirNumber(scope, counted, soFar, catalogued) : undefined;
  if (theirsAlone) return { indicator: theirsAlone.indicator, evidence: evidence.note(`"their number", of the count before it (${theirsAlone.indicator.id})`) };
  // Another noun of the sentence, read with the number's candidates, when its own decides nothing.
  const decidedBy = (noun: CountedNoun | null | undefined, within = scope) => {
    const other = noun && candidates(within, catalogue, noun, soFar);
    const decided = other && decide(rankIndicators(other.indicators, other.input));
    return decided && "match" in decided ? decided.match : undefined;
  };
  // Read with the subject's own words, from its noun on: "ارتفع عدد الأشخاص المطلوبين للعدالة المغربية الذين تم تسليمهم إلى المغرب …، من 16 شخصا".
  const readAsChangeSubject = (changing: CountedNoun | null) => decidedBy(changing, changing?.word ? { ...scope, before: [...scope.earlier, ...scope.before].filter((w) => w.start >= changing.word!.start) } : scope);
  // "ارتفع عدد الأشخاص الذين تم استقدامهم إلى المغرب … ليصل إلى 12 شخصا مطلوبا": the level of a change, of persons in
  // general, counts what changes, whatever a word after its noun would make of it alone.
  // So is a level whose own noun the subject's indicator also counts ("عدد المواطنين المغاربة الموقوفين خارج أرض الوطن
  // تراجع من 58 … إلى 49 …، قبل أن يعود إلى الارتفاع ويبلغ 55 موقوفا سنة 2019").
  const levelOfSubject = levelOfGenericNoun(scope, counted) || (counted?.how === "after" && levelAfterChange(scope));
  const subjectOfLevel = decision && "match" in decision && levelOfSubject ? changeSubjectNoun(scope, catalogued) : null;
  const bySubject = readAsChangeSubject(subjectOfLevel);
  // A noun of persons in general ("شخصا") counts what changes when that counts persons: not "تراجع عدد الأوامر … إلى 63
  // أمرا، والموقوفين إلى 76 شخصا" (warrants).
  const countsOwnNoun = (indicator: Indicator) => (wordMatchesAny(counted!.folded, grammarWords.generic_counted) && indicator.unit === "persons") || countsNoun(indicator, counted!.folded);
  if (bySubject && countsOwnNoun(bySubject.indicator)) return { indicator: bySubject.indicator, evidence: evidence.words("what changes", [subjectOfLevel!.word!, ...bySubject.evidence]) };
  // "من 22 شخصا إلى 27", "وارتفع عدد العمليات متعددة الأطراف … من أربع إلى خمس": the later end counts what its
  // earlier end was read as, whatever words of the sentence's other clauses the noun borrowed from it would match.
  const laterEnd = counted?.how === "earlier_end" ? catalogue.indicators.indicators.find((i) => i.id === soFar.transitionIndicator) : undefined;
  if (laterEnd) return { indicator: laterEnd, evidence: evidence.note(`what the change's earlier end counts (${laterEnd.id})`) };
  const construct = decision && "match" in decision ? restatedConstruct(scope, catalogue, counted!, decision.match.indicator) : undefined;
  if (construct) return { indicator: construct.indicator, evidence: evidence.words("the construct its sentence named before it", [construct.word, ...construct.evidence]) };
  if (decision && "match" in decision) {
    // Only a count whose noun follows it: a noun borrowed from another clause says nothing of which one it counts.
    const whole = counted?.how === "after" ? wholeNamedWithPart(scope, catalogue, decision.match.indicator, counted.folded) : undefined;
    if (whole) return { indicator: whole, evidence: evidence.words("context", decision.match.evidence).note(`the whole a part of that kind is told of (${whole.id})`) };
    return { indicator: decision.match.indicator, evidence: evidence.words("context", decision.match.evidence) };
  }
  // A dual names what it counts ("مرتين", twice): when no indicator ever counts that noun, it borrows no other's.
  if (counted?.how === "dual" && !wordMatchesAny(counted.folded, catalogued)) return { reading: unaccounted(`no indicator counts "${counted.folded}" in this context`, evidence, { counted: counted.folded }) };
  const ofYear = decision && "none" in decision ? partOfYearOfWhole(scope, catalogue, counted!, soFar) : undefined;
  if (ofYear) return { indicator: ofYear.indicator, evidence: evidence.note(`its whole's count for a part of the year (${ofYear.indicator.id})`) };
  const whole = decision && "none" in decision ? partOfWhole(scope, catalogue, counted!, soFar) : undefined;
  if (whole) return { indicator: whole.indicator, evidence: evidence.words("context", whole.evidence).note("a part of the previous figure") };
  const elided = counted && choice && decision && "none" in decision ? elidedContext(scope, counted, soFar, choice, catalogued) : undefined;
  if (elided) return { indicator: elided.indicator, evidence: evidence.words("context", elided.evidence).note(`read with the clause of the count coordinated before it (${soFar.lastCount!.indicator.id})`) };
  // "ارتفع عدد المبحوث عنهم دوليا الذين تم توقيفهم بنسبة 4,8 %، من 62 إلى 65 شخصا": the ends of a change count
  // what the sentence says changes, when their own noun decides nothing.
  // So does the level a change reached, its noun one the catalogue counts ("ارتفاع عدد مذكرات التوقيف الدولية …، لتصل
  // إلى 112 مذكرة"; not a multiple, "لم يبلغ ثلاثة أضعاف").
  const levelOfCountedNoun = counted?.how === "after" && wordMatchesAny(counted.folded, catalogued) && levelAfterChange(scope);
  const changing = decision && "none" in decision && (startsTransition(scope) || endsTransition(scope, soFar) || levelOfGenericNoun(scope, counted) || levelOfCountedNoun || comparedAfterChange(scope, counted, compared)) ? changeSubjectNoun(scope, catalogued) : null;
  const byChange = readAsChangeSubject(changing);
  if (byChange) return { indicator: byChange.indicator, evidence: evidence.words("what changes", [changing!.word!, ...byChange.evidence]) };
  // A count of the noun its sentence opened on as its topic, several clauses before: read with the topic's words.
  const topicClause = decision && "none" in decision && counted?.how === "after" ? topicClauseOfNoun(scope, counted.folded, soFar.counts) : [];
  const byTopic = topicClause.length > 0 ? decidedBy(counted, { ...scope, before: [...topicClause.filter((w) => !scope.before.includes(w)), ...scope.before] }) : undefined;
  if (byTopic) return { indicator: byTopic.indicator, evidence: evidence.words("the sentence's topic", byTopic.evidence) };
  const labelled = decision && "none" in decision && counted?.how === "after" ? labelNoun(scope, catalogued) : undefined;
  const byLabel = decidedBy(labelled);
  if (byLabel) return { indicator: byLabel.indicator, evidence: evidence.words("label", [labelled!.word!, ...byLabel.evidence]) };
  const antecedent = decision && "none" in decision ? sameKindAntecedent(scope, counted) : undefined;
  const byKind = antecedent && decidedBy(antecedent.noun, antecedent.within);
  if (byKind) return { indicator: byKind.indicator, evidence: evidence.words(`"of this kind": the noun as named before`, [antecedent!.noun.word!, ...byKind.evidence]) };
  const coordinated = decision && "none" in decision ? coordinatedCompared(scope, counted, soFar, catalogued) : undefined;
  if (coordinated) return { indicator: coordinated.indicator, evidence: evidence.note(`the next value of the comparison before it, the same noun (${coordinated.indicator.id})`) };
  const repeated = decision && "none" in decision ? repeatedNounCompared(scope, counted, soFar, catalogue, catalogued) : undefined;
  if (repeated) return { indicator: repeated.indicator, evidence: evidence.note(`the noun of the figure before it, compared with it (${repeated.indicator.id})`) };
  const numbered = decision && "none" in decision ? sameNounNumber(scope, counted, soFar, catalogued) : undefined;
  if (numbered) return { indicator: numbered.indicator, evidence: evidence.note(`"the number" of the figure before it that counts the same noun (${numbered.indicator.id})`), recalls: true };
  const theirs = decision && "none" in decision ? theirNumber(scope, counted, soFar, catalogued) : undefined;
  if (theirs) return { indicator: theirs.indicator, evidence: evidence.note(`"their number", of the count before it (${theirs.indicator.id})`) };
  const continuing = continued(scope, soFar, counted, compared);
  if (continuing && "either" in continuing) {
    const ids = continuing.either.map((figure) => figure.indicator.id);
    return { reading: heldBack(`ambiguous: «${scope.before.at(-1)?.folded ?? ""}» after a part may compare the whole or the part (${ids.join(" or ")})`, evidence, null, null, { candidates: ids }) };
  }
  const ofWhole = continuing && !counted ? wholeByDirection(scope, catalogue, soFar, continuing) : undefined;
  if (ofWhole) return { indicator: ofWhole.indicator, evidence: evidence.note(`compares the whole before its part: the change after it goes the whole's way (${ofWhole.indicator.id})`) };
  if (continuing) return { indicator: continuing.indicator, evidence: evidence.note(`${continuesTheFigureBefore} (${continuing.indicator.id})`) };
  const series = seriesContinued(scope, catalogue, soFar.counts, soFar.lastCount, counted, catalogued);
  if (series) return { indicator: series.indicator, evidence: evidence.note(`the next count of a series, one per period (${series.indicator.id})`), series };
  const item = counted ? undefined : yearInParenthesesItem(scope, soFar);
  if (item) return { indicator: item.indicator, evidence: evidence.note(`a value of a list with its year in parentheses, after a figure of ${item.indicator.id}`) };
  const referred = backReferenced(scope, soFar, counted);
  if (referred) return { indicator: referred.indicator, evidence: evidence.note(`"the figure" of the count before it (${referred.indicator.id})`) };
  const recalled = choice && decision && "none" in decision ? recalledIndicator(soFar, choice.indicators, choice.input) : undefined;
  if (recalled) return { indicator: recalled.indicator, evidence: evidence.words("context", recalled.evidence).note(`the rest of its cue named by a figure just before (${recalled.indicator.id})`) };
  const partBefore = choice && decision && "none" in decision && isPart(scope.text, scope.before, scope.after) ? partOfFigureBefore(soFar, choice.indicators, choice.input, counted) : undefined;
  if (partBefore) return { indicator: partBefore, evidence: evidence.note(`a part of the figure before it (${soFar.lastCount!.indicator.id}), which says what it counts`) };
  const wholeOfPart = counted ? undefined : bareWholeOfPart(scope, catalogue, soFar);
  if (wholeOfPart) return { indicator: wholeOfPart, evidence: evidence.note(`the whole "out of" which the part before it is (${wholeOfPart.id})`) };
  const governor = scope.before.at(-1)?.folded;
  if (!counted || !decision) return { reading: unaccounted("no counted noun follows the number, and its clause names none an indicator counts", null, { ...(governor && { governor }) }) };
  const hint = { counted: counted.folded, ...(governor && { governor }) };
  if ("ambiguous" in decision) {
    const ids = decision.ambiguous.map((m) => m.indicator.id);
    return { reading: heldBack(`ambiguous: the cues of ${ids.join(" and ")} fit equally well`, evidence, null, null, { ...hint, candidates: ids }) };
  }
  return { reading: unaccounted(`no indicator counts "${counted.folded}" in this context`, evidence, hint) };
}
