// Reads a percentage: a change of a count when a change word precedes it in its clause ("بزيادة قدرها 24 في
// المائة مقارنة مع سنة 2021"; an elliptic follow-up "وبأكثر من 40 في المائة مع سنة 2020" shares the previous
// change's word), else a share (share-reading.ts). The change's period and base are change-periods.ts's.
import { parsePeriod } from "../lib/period.ts";
import type { Catalogue } from "../catalogue/load.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { grammarWords, withoutLam } from "./grammar-words.ts";
import type { CountFigure, SentenceSoFar } from "./sentence-state.ts";
import { sameStem, wordIsAny, wordIsBareCue, wordMatchesAny } from "./cue-match.ts";
import { decide, rankIndicators } from "./patterns.ts";
import { averageIn } from "./averages.ts";
import { readShare } from "./share-reading.ts";
import { directionOf, endsDirection, opensFigureLine, opensLine } from "./change-direction.ts";
import { agreeingReferent } from "./this-figure.ts";
import { changeDirection, type Direction, signedChange } from "./percent-change.ts";
import { cuePhrase, findPhrases } from "./phrases.ts";
import { Evidence, heldBack, quoteSpan, type Reading, unaccounted } from "./reading.ts";
import { type NumberScope, patternInput, sentenceOpening, topicWords, wordsFollowing } from "./scope.ts";
import type { Word } from "./words.ts";
import { otherBody } from "./other-body.ts";
import { foreignTopic } from "./foreign-section.ts";
import { changePeriods } from "./change-periods.ts";

export interface PercentReading {
  reading: Reading;
  change: Direction | undefined;
}

/**
 * The nouns a clause may count, the likeliest first: the noun after "عدد" ("عدد المواطنين المغاربة الموقوفين"),
 * else each noun an indicator counts, from the last ("ارتفاع طلبات التعاون الشرطي الدولي": "الشرطي", then "طلبات").
 */
function headNouns(words: readonly Word[], catalogued: readonly string[]): Array<{ word: Word; qualifier: Word | null }> {
  for (let i = words.length - 2; i >= 0; i--) {
    if (wordIsAny(words[i]!, grammarWords.count_of) && wordIsAny(words[i + 1]!, catalogued)) return [{ word: words[i + 1]!, qualifier: words[i + 2] ?? null }];
  }
  const nouns: Array<{ word: Word; qualifier: Word | null }> = [];
  for (let i = words.length - 1; i >= 0; i--) if (wordIsAny(words[i]!, catalogued) && !standsForWhich(words, i)) nouns.push({ word: words[i]!, qualifier: words[i + 1] ?? null });
  return nouns;
}

/** "الأمر الذي يمثل ارتفاعا": a noun that, with the article and a relative after it, stands for "which" (grammar-words relative_heads). */
const standsForWhich = (words: readonly Word[], i: number) =>
  /^[وف]?ال/u.test(words[i]!.folded) && wordIsAny(words[i]!, grammarWords.relative_heads) && words[i + 1] !== undefined && wordIsAny(words[i + 1]!, grammarWords.relatives);

/** How far after the percentage "في عدد …" may name what changed ("بزيادة 9 في المائة في عدد الموقوفين"). */
const subjectAfterReach = 3;

/** The words after the percentage when they name what changed, with "عدد" ("في عدد الموقوفين"), right after "في" ("في ملفات التعاون") or joined by "لـ", else none. */
function countNamedAfter(after: readonly Word[]): readonly Word[] {
  const near = after.slice(0, subjectAfterReach);
  const countOf = near.findIndex((w) => wordIsAny(w, grammarWords.count_of));
  if (countOf >= 0) return after.slice(countOf, countOf + 2);
  if (after[0] && grammarWords.change_of.includes(after[0].folded)) return after.slice(1, 2);
  // "مقابل تراجع بـ5% لمذكرات أقسام الاتصال العربية": the noun joined by "لـ" right after it, with its genitives (when
  // they name no indicator, the change is of the count before it, as without them).
  return after[0] && withoutLam(after[0].folded) !== after[0].folded ? after.slice(0, subjectAfterReach + 1) : [];
}

/** How many words of a figure line's label may name what changed: "نسبة الزيادة في الملفات وطلبات". */
const figureLabelWords = 6;

/** "بالنسبة لـ": "as for", naming what a change right before it is of. */
const asForWords = ["بالنسبه"];

/** An adjective made from a back-referring noun ("الرقمية", digital, from "رقم") refers to nothing. */
const relativeAdjective = /يه?$/u;

/** A demonstrative or pronoun opening the sentence ("هذا يمثل زيادة"، "وهو ما يمثل ارتفاعا"): the sentence speaks of the previous one's figure. */
function backReferenceOpening(scope: NumberScope): Word | undefined {
  const first = sentenceOpening(scope)[0];
  return first && wordIsAny(first, grammarWords.back_reference_openings) ? first : undefined;
}

/**
 * "وتمثل هذه الزيادة 12 في المائة", "فالقفزة تناهز 38 في المائة": a change word after a demonstrative, or with the
 * article, before the percentage refers to the change of the previous sentences' subject (not to its base, which
 * may be their last count). The change word, if any.
 */
function changeReferredTo(scope: NumberScope, catalogue: Catalogue, how: "demonstrative" | "article"): Word | undefined {
  const words = [...scope.earlier, ...scope.before];
  const { increase, decrease } = catalogue.indicators.change_words;
  const referred = (w: Word, i: number) => (how === "demonstrative" ? i > 0 && wordIsAny(words[i - 1]!, grammarWords.demonstratives) : /^[وف]?ال/u.test(w.folded));
  return words.find((w, i) => referred(w, i) && (wordIsAny(w, increase) || wordIsAny(w, decrease)));
}

/**
 * A signed percentage in parentheses closing the clause of the count before it, no mark between: that count's change,
 * whatever the words between name ("فيما سلم المغرب 18 رعية أجنبية إلى الدول التي طلبتهم (+29%)").
 */
function signedAfterCount(scope: NumberScope, soFar: SentenceSoFar): CountFigure | undefined {
  const last = soFar.counts.filter((c) => c.end <= scope.mention.start).at(-1);
  if (!last || !/\([^\S\n]*[+\-−▲▼][^\S\n]*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 4), scope.mention.start))) return undefined;
  return /[،,؛;:.()\n]/u.test(scope.text.slice(last.end, scope.text.lastIndexOf("(", scope.mention.start))) ? undefined : last;
}

/** How many words after a change its sentence may name a counted thing in (changeSubject). */
const sentenceReach = 12;

/** The indicator whose change this is: a noun the clause names (before it, or after it with "في عدد"), else the count before it, else a noun the sentence named. */
function changeSubject(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, catalogued: readonly string[]): { indicator: Indicator; period: string | null; word: Word | null; countsAfter?: true } | { reason: string } {
  const counts = catalogue.indicators.indicators.filter((i) => i.kind === "count");
  // The first noun whose cues decide; failing all, the likeliest one's decision.
  const named = (words: readonly Word[]) => {
    const read = headNouns(words, catalogued).map((head) => ({ word: head.word, decision: decide(rankIndicators(counts, { ...patternInput(scope, head.word.folded, head.qualifier), clause: topicWords(scope) })) }));
    // Two nouns of the clause deciding different counts ("مذكرات البحث الوطنية … بطلب من مصالح أجنبية"): a change of which? Neither.
    const decided = read.flatMap((r) => ("match" in r.decision ? [{ word: r.word, match: r.decision.match }] : []));
    if (new Set(decided.map((d) => d.match.indicator.id)).size > 1) return { word: decided[0]!.word, decision: { ambiguous: decided.map((d) => d.match) } };
    return read.find((r) => "match" in r.decision) ?? read[0];
  };
  // The count an unread number's noun after `from` decides ("1l2 أمرا": digits a scan garbled, which the recognizer left).
  const unreadCountSince = (from: number) => {
    const words = [...scope.earlier, ...scope.before].filter((w) => w.start >= from);
    const unread = (w: Word) => wordIsAny(w, catalogued) && /\p{Nd}[^\s\p{Nd}]*\s*$/u.test(scope.text.slice(Math.max(from, w.start - 6), w.start));
    const noun = words.map(unread).lastIndexOf(true);
    const found = noun < 0 ? undefined : named(words.slice(noun));
    return found && "match" in found.decision ? { word: found.word, match: found.decision.match } : undefined;
  };
  const signed = signedAfterCount(scope, soFar);
  if (signed) return { indicator: signed.indicator, period: null, word: null };
  // "+20,1% بالنسبة للملفات، و+7,7% بالنسبة للإنابات": "as for" right after the change names what changes.
  const asFor = scope.after[0] && wordIsAny(scope.after[0], asForWords) ? named(scope.after.slice(1, 1 + figureLabelWords)) : undefined;
  if (asFor && "match" in asFor.decision) return { indicator: asFor.decision.match.indicator, period: null, word: asFor.word };
  // "تراجع الأوامر بالربع والتوقيفات بـ21,6%": the definite noun coordinated right before "بـ" and the number is the change's own.
  // Not an adjective coordinated with another ("الأوامر … المنشورة والمعممة بـ8 في المائة"): the amount of the first
  // change stands before it ("بالربع").
  const at = scope.lead.at(-1)?.folded === "ب" ? scope.lead.length - 2 : scope.lead.length - 1;
  const own = scope.lead[at];
  const afterAmount = scope.lead[at - 1]?.folded.startsWith("ب") === true;
  const coordinated = own !== undefined && afterAmount && own.folded.length > 4 && own.folded.startsWith("وال") && /^[^\S\n]*بـ?[^\S\n]*$/u.test(scope.text.slice(own.end, scope.mention.start));
  if (coordinated && !wordIsAny(own, catalogued)) return { reason: `a change of what? «${scope.text.slice(own.start, own.end)}», right before it, names nothing the catalogue counts` };
  const inClause = named(scope.before);
  const otherSubject = inClause ? undefined : otherMeasureSubject(scope, catalogue, catalogued);
  if (otherSubject) return { reason: `a change of what? its subject «${scope.text.slice(otherSubject.start, otherSubject.end)}» is a measure the catalogue counts nothing of` };
  if (inClause && "match" in inClause.decision) return { indicator: (countNamedAgain(inClause.word, scope, soFar) ?? inClause.decision.match).indicator, period: null, word: inClause.word };
  // "الإنابات القضائية، التي ارتفعت بحوالي 7 في المائة": a relative clause's change is of the noun it follows.
  const relativeHead = scope.before[0] !== undefined && wordIsAny(scope.before[0], grammarWords.relatives) ? named(scope.previousClause.words) : undefined;
  if (relativeHead && "match" in relativeHead.decision) return { indicator: relativeHead.decision.match.indicator, period: null, word: relativeHead.word };
  // "وارتفع عدد الإنابات … بالنسبة ذاتها تقريبا، أي 10 في المائة": "أي" restates the change the clause before tells, whose noun it is.
  const clauseBefore = scope.previousClause.words;
  const tellsChange = clauseBefore.some((w) => wordIsAny(w, grammarWords.transitions.words)) || changeDirection(clauseBefore, catalogue.indicators.change_words) !== undefined;
  const restates = scope.before[0] !== undefined && wordIsAny(scope.before[0], grammarWords.restating) && tellsChange;
  const restated = restates ? named(scope.previousClause.words) : undefined;
  if (restated && "match" in restated.decision) return { indicator: restated.decision.match.indicator, period: null, word: restated.word };
  // "14,3 في المائة: نسبة الزيادة في الملفات": a figure opening its line says after it what it is the change of.
  const following = named(opensFigureLine(scope) ? scope.after.slice(0, figureLabelWords) : countNamedAfter(scope.after));
  if (following && "match" in following.decision) return { indicator: following.decision.match.indicator, period: null, word: following.word };
  const previous = soFar.counts.filter((c) => c.start < scope.mention.start).at(-1);
  // "162 إنابة …، ونشر وعمم 1l2 أمرا دوليا بإلقاء القبض، بارتفاع نسبته 29 %": another count, whose number was not
  // read, stands between the count before and the change.
  const between = previous && unreadCountSince(previous.end);
  if (between && between.match.indicator.id !== previous.indicator.id) return { reason: `a change of what? a count of «${scope.text.slice(between.word.start, between.word.end)}» whose number is not read stands between it and the count before it` };
  // "كنا في 2020 في حدود 63 أمرا، واليوم نحن في 98، يعني ارتفاعا بحوالي 56 في المائة": after a count of an earlier
  // period, a number read as no count stands between: the change may be of it, not of the count before. (After the
  // text's own period's count, a number between is its base or a denial: "4060 ملفا – 3380 فقط سنة 2017، أي بزيادة".)
  const earlierCount = previous && !previous.compared && parsePeriod(previous.period).year < parsePeriod(scope.reference).year;
  const unread = earlierCount && soFar.unread.find((m) => m.start > previous!.end && m.end <= scope.mention.start);
  if (unread) return { reason: `a change of what? the number «${scope.text.slice(unread.start, unread.end)}», read as no count, stands between it and the count before it` };
  if (previous) return { indicator: previous.indicator, period: previous.period, word: null };
  const earlier = inClause ?? named(scope.earlier);
  const thisChange = soFar.previousSubject && changeReferredTo(scope, catalogue, "demonstrative");
  // "وتساءلت نائبة عن أسباب تراجع عدد مذكرات البحث الدولية، فأوضح الوزير أن هذا التراجع الذي يقارب 18 في المائة":
  // "this decrease" is the one its sentence named with its subject, not the previous sentences'.
  if (thisChange && earlier && "match" in earlier.decision && changeNamedWith(scope, thisChange, earlier.word)) return { indicator: earlier.decision.match.indicator, period: null, word: earlier.word };
  if (thisChange) return { indicator: soFar.previousSubject!.indicator, period: soFar.previousSubject!.period, word: thisChange };
  // A back-referring noun within the sentence ("تجعل نسب التغير شديدة الحساسية") refers back only when the sentence
  // names no count of its own ("بالنسبة للأشخاص المستقدمين"); one opening it ("وهو ما يمثل") always does.
  const namesCount = earlier !== undefined && "match" in earlier.decision;
  const backWord = namesCount ? undefined : [...scope.earlier, ...scope.before].find((w) => wordIsAny(w, grammarWords.back_references) && !relativeAdjective.test(w.folded));
  // A change of the previous sentence's figures is its subject's, not a base it ended on ("112 أمرا، بعدما نزلت إلى 87
  // أمرا سنة 2023. وحسب الأرقام ذاتها، فإن الارتفاع يناهز 29 في المائة": 2024 against 2023).
  const referred = soFar.previousSentence?.compared && soFar.previousSubject ? soFar.previousSubject : soFar.previousSentence;
  const backReference = referred && (backReferenceOpening(scope) ?? backWord);
  // "ويرى متتبعون أن هذه الأرقام، التي ارتفعت بنحو 18 في المائة …" after a sentence of several counts: which of them?
  const several = new Set(soFar.recent.map((c) => c.indicator.id)).size > 1;
  if (backReference && several && backReference.folded.endsWith("ارقام")) return { reason: `a change of what? «${scope.text.slice(backReference.start, backReference.end)}» refers back to several counts of different things` };
  // "هو عدد الأشخاص …، مقابل 14 شخصا سنة 2020، أي بزيادة 35,7 في المائة": a count of the sentence stands between the
  // change and what "it" refers back to, whose noun the reading could not map: the change may be of that count.
  // Only "it" itself: "الرقم" or "هذا التطور" names the figure it refers to.
  const pronoun = backReference !== undefined && backReference !== null && /^و?(?:هو|هي)$/u.test(backReference.folded);
  const skipped = pronoun && [...soFar.unread, ...soFar.unmapped].find((m) => m.end <= scope.mention.start);
  if (skipped) return { reason: `a change of what? the number «${scope.text.slice(skipped.start, skipped.end)}», read as no count, stands between it and what «${backReference!.folded}» refers back to` };
  if (backReference) {
    const target = agreeingReferent(scope, soFar, referred!);
    return { indicator: target.indicator, period: target.period, word: backReference };
  }
  if (earlier && "match" in earlier.decision) return { indicator: (countNamedAgain(earlier.word, scope, soFar) ?? earlier.decision.match).indicator, period: null, word: earlier.word };
  // "فالقفزة تناهز 38 في المائة" in a sentence that names nothing else: the change of the previous sentences' subject.
  // Not across an empty line when the sentence names a counted thing after it: "ملاحظة الأستاذ: لاحظوا أن نسبة الارتفاع
  // (10,3 في المائة) تحسب على أساس …، لا على أساس حصيلة السنة كاملة (4060 ملفا)" after a paragraph about notices.
  const acrossParagraph = soFar.previousSubject !== undefined && /\n[^\S\n]*\n/u.test(scope.text.slice(soFar.previousSubject.end, scope.mention.start));
  const after = acrossParagraph ? wordsFollowing(scope, sentenceReach) : [];
  const subjectNoun = soFar.previousSubject?.counted?.folded;
  const otherNounAfter = after.some((w, i) => wordIsAny(w, catalogued) && !definiteAdjective(after, i)) && !(subjectNoun !== undefined && after.some((w) => sameStem(w.folded, subjectNoun)));
  if (!earlier && otherNounAfter && changeReferredTo(scope, catalogue, "article")) return { reason: "a change of what? the paragraph before is about another count than the one its sentence names after it" };
  const theChange = !earlier && soFar.previousSubject && changeReferredTo(scope, catalogue, "article");
  if (theChange) return { indicator: soFar.previousSubject!.indicator, period: soFar.previousSubject!.period, word: theChange };
  // "تقريبا 18 في المائة زيادة، حيت فالنص الثاني من 2023 كانو 3208 ملفات": the counts after it, all of one
  // indicator, are its base's.
  // "📁 الملفات …: 5.800⏎📈 بارتفاع بلغ 24% مقارنة بسنة 2021": a change on the line under a count ending its line.
  const above = earlier ? undefined : countEndingLineAbove(scope, soFar);
  if (above) return { indicator: above.indicator, period: above.period, word: null };
  const later = earlier ? [] : soFar.counts.filter((c) => c.start > scope.mention.end);
  if (later.length > 0 && later.every((c) => c.indicator.id === later[0]!.indicator.id)) return { indicator: later[0]!.indicator, period: null, word: null, countsAfter: true };
  if (earlier && "ambiguous" in earlier.decision) return { reason: `a change of what? the cues of ${[...new Set(earlier.decision.ambiguous.map((m) => m.indicator.id))].join(" and ")} fit equally well` };
  // "5800⏎ملف وطلب معلومات⏎⏎+24%⏎مقارنة بـ2021": a card's change opening its line, in a sentence that names nothing,
  // is of the figures of the item before it, all of one indicator; its period is its own.
  if (!earlier && soFar.counts.length === 0 && soFar.previousAlone && opensLine(scope)) return { indicator: soFar.previousAlone.indicator, period: null, word: null };
  return { reason: "a percentage change of no count the sentence names" };
}

/** How many words before a count's noun the change noun naming it may stand: "تراجع عدد مذكرات". */
const changeNounReach = 3;

/** Whether the noun of a change referred back to ("هذا التراجع") names, earlier in its sentence, the change of `noun` ("تراجع عدد مذكرات البحث"). */
function changeNamedWith(scope: NumberScope, change: Word, noun: Word | null): boolean {
  if (!noun) return false;
  const words = [...scope.earlier, ...scope.before];
  const at = words.indexOf(noun);
  const bare = (w: Word) => w.folded.replace(/^[وف]?(?:ال)?/u, "");
  return words.slice(Math.max(0, at - changeNounReach), Math.max(0, at)).some((w) => w.end <= change.start && sameStem(bare(w), bare(change)));
}

/**
 * The counts before a change whose noun it names again as what is counted ("ونشرت إحدى وأربعين مذكرة بحث دولية، ما
 * يعني أن عدد المذكرات تراجع بأربعة وثلاثين في المائة"), when all are of one indicator: the change is of what they count, which
 * the noun alone may match another way (a bare "مذكرات" in a sentence naming "بحث" matches the national notices).
 */
function countNamedAgain(word: Word | null, scope: NumberScope, soFar: SentenceSoFar): CountFigure | undefined {
  if (!word || !/^[وف]?ال/u.test(word.folded)) return undefined;
  // Named as what is counted ("عدد المذكرات"), not an adjective ("العدالة المغربية").
  const words = [...scope.earlier, ...scope.before];
  const before = words[words.indexOf(word) - 1];
  if (!before || !wordIsAny(before, grammarWords.count_of)) return undefined;
  const counts = [...soFar.recent, ...soFar.counts.filter((c) => c.end <= scope.mention.start)];
  const named = counts.filter((c) => c.counted !== null && sameStem(c.counted.folded, word.folded));
  const last = named.at(-1);
  return last && named.every((c) => c.indicator.id === last.indicator.id) ? last : undefined;
}

/**
 * The subject of the change verb right before the number, when it is a definite noun after "أن"/"إن" of a measure
 * the catalogue counts nothing of (grammar-words other_measures): "أي أن المدة تقلصت بنحو 42 في المائة" is a change
 * of the time a file takes, not of the files a clause before names. Generic nouns ("الحجم"، "النشاط") are the count's.
 */
function otherMeasureSubject(scope: NumberScope, catalogue: Catalogue, catalogued: readonly string[]): Word | undefined {
  const { before } = scope;
  const { increase, decrease } = catalogue.indicators.change_words;
  let verb = before.length - 1;
  while (verb >= 0 && !wordMatchesAny(before[verb]!.folded, increase) && !wordMatchesAny(before[verb]!.folded, decrease)) verb--;
  const subject = before[verb - 1];
  const that = before[verb - 2];
  if (!subject || !that || !/^[وف]?[اإأ]ن$/u.test(that.folded) || !/^ال/u.test(subject.folded)) return undefined;
  return wordIsAny(subject, grammarWords.other_measures) && !wordIsAny(subject, catalogued) ? subject : undefined;
}

/** The previous sentence's count when it ends the line right above the percentage's, no other number between. */
function countEndingLineAbove(scope: NumberScope, soFar: SentenceSoFar): CountFigure | undefined {
  const count = soFar.previousSentence;
  if (!count) return undefined;
  const between = scope.text.slice(count.end, scope.mention.start);
  return /^[^\S\n]*\n[^\n\p{Nd}]*$/u.test(between) ? count : undefined;
}

/** Whether word `i` is definite after a definite word, an adjective of it: "أجهزة إنفاذ القانون المغربية" names no Moroccans. */
const definiteAdjective = (words: readonly Word[], i: number) => i > 0 && words[i]!.folded.startsWith("ال") && words[i - 1]!.folded.startsWith("ال");

function readChange(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, direction: Direction, catalogued: readonly string[]): Reading {
  const evidence = new Evidence(scope.text, scope.qualifierVerb).note(direction === 1 ? "an increase" : "a decrease");
  const subject = changeSubject(scope, catalogue, soFar, catalogued);
  if ("reason" in subject) return unaccounted(subject.reason, evidence);
  if (subject.word) evidence.words("of", [subject.word]);
  else evidence.note(`of the count ${subject.countsAfter ? "after" : "before"} it (${subject.indicator.id})`);
  const indicator = catalogue.indicators.indicators.find((i) => i.kind === "percent_change" && i.change_of === subject.indicator.id);
  if (!indicator) return unaccounted(`no percent_change indicator in the catalogue for ${subject.indicator.id}`, evidence);
  const average = averageIn([...scope.before, ...scope.after], true);
  if (average) return heldBack(`a change measured against an average («${scope.text.slice(average.start, average.end)}»), not against a period`, evidence, indicator.id);
  // "أما الشرطة الوطنية الإسبانية فأعلنت أنها أوقفت … بزيادة 11 في المائة": another body's change, as its counts are.
  const body = otherBody(scope);
  if (body) return heldBack(`a change of another body's or a local unit's figure («${scope.text.slice(body.start, body.end)}»), not of the national figure ${subject.indicator.id} tracks`, evidence, indicator.id);
  // "وفي الجزائر، تقول نظيرتها إنها طلبت نشر 212 نشرة حمراء …، بتراجع قدرته بـ18 في المائة": another country's change,
  // as its counts are (not "وفي إسبانيا، كتبت «…» أن المغرب استقدم 19 مطلوبا …، بزيادة ٪35,7": Morocco's).
  const country = foreignTopic(scope.text, sentenceOpening(scope), [...scope.earlier, ...scope.before], catalogue.breakdowns);
  if (country) return heldBack(`a change of another country's figure («${scope.text.slice(country.start, country.end)}»), not the DGSN's`, evidence, indicator.id);
  const periods = changePeriods(scope, catalogue, soFar, subject.indicator);
  if ("unclear" in periods) {
    const noBase = periods.unclear.startsWith("a percentage");
    return heldBack(noBase ? periods.unclear : `the period of the change is unclear: ${periods.unclear}`, evidence, indicator.id, null, { missing: noBase ? "base_period" : "period" });
  }
  const { period, base } = periods;
  if ("counted" in base) evidence.note(`against the period of the sentence's other count or change → ${base.period}`);
  else if ("implicit" in base && base.implicit === "earlier_level") evidence.note("against an earlier level the text does not date (periods.json, implicit_base earlier_levels)");
  else if ("implicit" in base) evidence.note(`no base named: against the same period a year earlier (periods.json, implicit_base) → ${base.period}`);
  else evidence.words("against", [base]).note(`→ ${base.period}`);
  // A sign written with the number ("−12%") gave the direction: the change's size is what follows it.
  const { value, qualifier } = signedChange({ ...scope.mention, value: Math.abs(scope.mention.value) }, direction);
  const quoteEnd = "counted" in base || "implicit" in base ? undefined : base;
  return { status: "figure", indicator, breakdown: null, category: null, period, basePeriod: base.period, value, qualifier, ...quoteSpan(scope.mention, [quoteEnd]), evidence: evidence.toString(), ...("implicit" in base && { implicitBase: base.implicit }) };
}

export function readPercent(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, catalogued: readonly string[]): PercentReading {
  const rate = findPhrases(scope.before, achievementRates)[0];
  if (rate) return { reading: unaccounted(`the rate of a target's achievement («${scope.text.slice(rate.start, rate.end)}»), which no indicator tracks`, new Evidence(scope.text, scope.qualifierVerb)), change: undefined };
  // "فالأرقام تقفز بنسب تفوق 30 في المائة أحيانا": rates, plural, of several counts.
  const rates = scope.before.slice(-2).find((w) => wordIsBareCue(w.folded, grammarWords.plural_rates));
  if (rates) return { reading: unaccounted(`rates of several counts («${rates.folded}»), no one figure's change or share`, new Evidence(scope.text, scope.qualifierVerb)), change: undefined };
  // "تراجعت إلى 36 في المائة": the level a share fell or rose to, not the size of a change ("تراجعت بـ36 في المائة").
  if (levelReached(scope)) return { reading: readShare(scope, catalogue, soFar), change: undefined };
  const direction = directionOf(scope, catalogue, soFar.previousChange) ?? endsDirection(scope, soFar);
  if (direction !== undefined) return { reading: readChange(scope, catalogue, soFar, direction, catalogued), change: direction };
  return { reading: readShare(scope, catalogue, soFar), change: undefined };
}

/** "نسبة الإنجاز", "معدل تحقيق الأهداف": a result against its target (grammar-words achievement_rates). */
const achievementRates = grammarWords.achievement_rates.map(cuePhrase);

/**
 * A percentage right after "إلى" that a verb of change governs, next to it or across its subject ("تراجعت إلى 36 في
 * المائة", "صعدت قضايا الهجرة غير النظامية إلى 22 في المائة"): a level. Not after a noun of change, the subject of a
 * verb of reaching ("يصل الارتفاع إلى 13 في المائة": the change's size).
 */
function levelReached(scope: NumberScope): boolean {
  const to = scope.lead.at(-1);
  if (!to || !wordIsAny(to, grammarWords.transitions.to) || scope.mention.qualifier !== undefined) return false;
  return scope.lead.slice(0, -1).some((verb) => wordIsAny(verb, changeVerbs) && !/^[وف]?ال/u.test(verb.folded));
}

/** The verbs of change (grammar-words transitions), without the nouns a change's size follows ("ارتفاع", "تراجع"). */
const changeVerbs = grammarWords.transitions.words.filter((w) => !grammarWords.transitions.after_ends.includes(w));
