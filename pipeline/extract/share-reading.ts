// Reads a percentage as a share of a whole, by category ("إسبانيا: 25%"، "قضايا المخدرات (38%)") or not (the
// training held in person): the category its clause names, the one "على التوالي" pairs it with, or the one its
// sentence or the clause before names as its subject.
import { parsePeriod, periodWithin } from "../lib/period.ts";
import type { Catalogue } from "../catalogue/load.ts";
import { type CategoryMatch, categoriesIn, categoriesNamed } from "./categories.ts";
import { wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { otherBody, otherBodyReason, ownerAfter, reportingBody } from "./other-body.ts";
import { decide, type PatternMatch, rankIndicators } from "./patterns.ts";
import { opensParenthesis } from "./clauses.ts";
import { percentageMark } from "./change-direction.ts";
import { countsNoun } from "./count-continuation.ts";
import { agreedPeriod, readPeriods } from "./periods.ts";
import { Evidence, heldBack, quoteSpan, type Reading, unaccounted } from "./reading.ts";
import { remainderCategory, remainderSpread } from "./remainder.ts";
import { lookingBackDoubt } from "./retrospective.ts";
import { yearOrPart } from "./unclear-periods.ts";
import { comparedShareBase, sameShareEarlier } from "./share-compared.ts";
import { andRightBefore, type NumberScope, ofThemAfter, opensOnTopic, opensOnTotal, patternInput, periodContext, topicClause, wholeClause } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import type { Word } from "./words.ts";
import { isYearWord } from "./years.ts";

/** How many words may open the sentence before the category that is its subject: "واحتلت إسبانيا"، "وجاءت فرنسا". */
const subjectReach = 3;

/** "مع": with a partner, after a noun of working together ("التعاون مع إسبانيا"). */
const withWords = ["مع"];

/**
 * The category a sentence opens with as its subject, for a share "of" a whole in a later clause that names none:
 * "احتلت إسبانيا، مرة أخرى، صدارة الشركاء … بنسبة 34% من مجموع المبادلات". The only category of the sentence
 * before the number, when no figure comes between.
 */
function subjectCategory(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): CategoryMatch | undefined {
  if (!wordMatchesAny(scope.after[0]?.folded ?? "", ["من"])) return undefined;
  // The sentence's first number: after other numbers, the opening words are no longer its subject.
  const words = [...scope.earlier, ...scope.before];
  if (soFar.counts.some((c) => c.start < scope.mention.start) || words.some((w) => /\p{N}/u.test(w.folded) && !isYearWord(w))) return undefined;
  const named = subjectsIn(words, catalogue);
  if (named.length !== 1) return undefined;
  // Among the first words of the sentence, or of a clause of it: "وفي لائحة الشركاء، جاءت إسبانيا، كالعادة، في المقدمة بـ24 في المائة من المبادلات".
  // The marks between the first of the words read and the category, not the whole text's before it.
  const from = words[0]!.start;
  const lastMark = scope.text.slice(from, named[0]!.start).search(/[،,؛;:][^،,؛;:]*$/u);
  const clauseStart = lastMark < 0 ? from : from + lastMark + 1;
  // "ويمثل التعاون مع إسبانيا وحدها": the cooperation with a partner is the partner as subject.
  const lead = words.filter((w) => w.start >= clauseStart && w.end <= named[0]!.start);
  const withPartner = lead.length >= 2 && wordIsAny(lead.at(-2)!, grammarWords.partnership_nouns) && wordIsAny(lead.at(-1)!, withWords) ? 2 : 0;
  return lead.length - withPartner < subjectReach ? named[0] : undefined;
}

/** How many words may stand before a share that takes the category of the clause before it: "، بنسبة 41 في المائة". */
const shortLead = 2;

/** The one category the clause right before names, for a share whose short clause names none: "قضايا الاتجار في المخدرات … من الملفات، بنسبة 41 في المائة". */
function categoryBefore(scope: NumberScope, catalogue: Catalogue): CategoryMatch | undefined {
  // Or a clause the sentence opens on as its topic: "أما قضايا الإرهاب، فلا تمثل سوى 5%".
  // Or after "إذ" giving the reason for it: "أن فرنسا ما تزال ثاني أكبر شريك أمني للمغرب، إذ استأثرت بـ21 في المائة".
  const reason = scope.before[0] !== undefined && wordIsAny(scope.before[0], grammarWords.reason_openers) ? 1 : 0;
  if (scope.before.length > shortLead + reason && !opensOnTopic(scope)) return undefined;
  // "أما الولايات المتحدة، التي تجمعها بالمغرب شراكة في مجال مكافحة الإرهاب، فلم تتجاوز حصتها 3 في المائة": the
  // topic's category, not one of a relative clause between it and the share.
  const relativeBefore = scope.previousClause.words[0] !== undefined && wordIsAny(scope.previousClause.words[0], grammarWords.relatives);
  const topic = relativeBefore ? subjectsIn(topicClause(scope), catalogue) : [];
  if (topic.length === 1) return topic[0];
  const named = subjectsIn(scope.previousClause.words, catalogue);
  return named.length === 1 ? named[0] : undefined;
}

/** A percentage written with its sign or its words: "%", "في المائة". */
const percentage = new RegExp(percentageMark, "u");

/** "حصتها", "نسبته": a share noun with a pronoun, whose owner the sentence named before. */
const itsShare = /^[وف]?(?:حصت|نسبت)(?:ها|ه)$/u;

/**
 * The one category the sentence names before a clause saying "its share" ("قضايا الاتجار في المخدرات هي فعلا الصنف
 * الأول، لكن حصتها الفعلية تبلغ 36 في المائة"): the share's owner.
 */
function categoryOfItsShare(scope: NumberScope, catalogue: Catalogue): CategoryMatch | undefined {
  if (!scope.before.some((w) => itsShare.test(w.folded))) return undefined;
  // "مقارنة بالسنة السابقة، حين كانت حصتها 28 في المائة": when, in the period the clause before names.
  if (scope.before[0] !== undefined && wordIsAny(scope.before[0], grammarWords.time_conjunctions)) return undefined;
  // After a share of its own ("إسبانيا … بـ27 في المائة …، حين كانت حصتها في حدود 28 في المائة"), "its share" is
  // compared with it, of a period the clause may not name: not read here.
  const from = scope.earlier[0]?.start ?? scope.mention.start;
  if (percentage.test(scope.text.slice(from, scope.mention.start))) return undefined;
  const named = subjectsIn(scope.earlier, catalogue);
  return named.length === 1 ? named[0] : undefined;
}

/** How many words before a share restating a count may hold the count's category: "ثم نقل الأشخاص المحكوم عليهم بـ187 ملفا، أي". */
const restatedCountReach = 12;

/**
 * The category of the count a share restates, after "أي" or in parentheses ("نقل الأشخاص المحكوم عليهم بـ187 ملفا،
 * أي 4 في المائة", "وقضايا الإرهاب بـ140 ملفا (3 في المائة)"): the last one named before it, with that count alone
 * between.
 */
function categoryOfCountBefore(scope: NumberScope, catalogue: Catalogue): CategoryMatch | undefined {
  const restating = scope.before.length > 0 && scope.before.length <= restatingReach && opensOnRestating(scope.before);
  if (!restating && !opensParenthesis(scope.text, scope.mention)) return undefined;
  const words = [...scope.earlier, ...scope.before].slice(-restatedCountReach);
  const last = subjectsIn(words, catalogue).at(-1);
  if (!last) return undefined;
  // The count right after the category ("بـ187 ملفا"), of what the breakdown's categories are parts of, and no share between.
  const after = words.filter((w) => w.start >= last.end);
  const count = after.findIndex((w) => /\p{Nd}/u.test(w.folded));
  const counted = after[count + 1];
  const whole = catalogue.indicators.indicators.find((i) => i.parts_by === last.breakdown);
  if (count < 0 || count > wordsToCount || !counted || !whole || !countsNoun(whole, counted.folded)) return undefined;
  const between = scope.text.slice(last.end, scope.mention.start);
  return (between.match(/\p{Nd}+/gu) ?? []).length === 1 && !percentage.test(between) ? last : undefined;
}

/** How many words may stand between a category and its count: "نقل الأشخاص المحكوم عليهم بـ187 ملفا". */
const wordsToCount = 2;

/** A past verb in the feminine dual ("استحوذتا", "مثلتا"), as countries take. */
const dualVerb = /^[وف]?\p{L}{3,}تا$/u;

/** Two categories of one breakdown joined by "و" before a share said to be theirs together ("وتستأثر إسبانيا وفرنسا معا بـ58 في المائة"), if any. */
function jointCategories(scope: NumberScope, catalogue: Catalogue): { start: number; end: number } | undefined {
  // "معا", or a verb in the dual whose subject they are: "إسبانيا وفرنسا استحوذتا على 61 في المائة".
  if (!scope.before.some((w) => wordIsAny(w, grammarWords.together) || dualVerb.test(w.folded))) return undefined;
  const named = categoriesIn(scope.before, catalogue.breakdowns);
  for (let i = 1; i < named.length; i++) {
    const [first, second] = [named[i - 1]!, named[i]!];
    if (first.breakdown === second.breakdown && scope.text.slice(first.end, second.start).trim() === "" && scope.text[second.start] === "و") return { start: first.start, end: second.end };
  }
  return undefined;
}

/** The categories `words` name, but one ranked against ("ثاني شريك للمغرب بعد فرنسا"): what the words are about. */
function subjectsIn(words: readonly Word[], catalogue: Catalogue): CategoryMatch[] {
  return categoriesIn(words, catalogue.breakdowns).filter((category) => {
    const before = words.filter((w) => w.end <= category.start).at(-1);
    return before === undefined || !wordIsAny(before, grammarWords.ranked_after);
  });
}

/**
 * "41 إنابة، 11 منها تتعلق بالاتجار الدولي في المخدرات وغسل الأموال، أي حوالي 27 في المائة من المجموع": a share
 * restating the count right before it, a part, is the part's ratio to its whole, which the catalogue tracks as
 * the two counts, not as a share of a breakdown.
 */
function restatedPart(scope: NumberScope, soFar: SentenceSoFar): string | undefined {
  if (scope.before.length === 0 || scope.before.length > restatingReach || !opensOnRestating(scope.before)) return undefined;
  const last = soFar.counts.filter((c) => c.end <= scope.mention.start).at(-1);
  if (last?.indicator.part_of !== undefined) return `the ratio of the part before it to its whole (${last.indicator.id} of ${last.indicator.part_of}), which the catalogue tracks as the two counts`;
  // "يتعلق الأمر في 13 حالة بالاتجار الدولي في المخدرات، أي ما يقارب 42 في المائة من المجموع": the share of the total
  // of a count of the clause before that no indicator reads, a whole the catalogue does not track.
  const counted = [...scope.earlier, ...scope.previousClause.words].filter((w) => /^\p{Nd}+$/u.test(w.folded) && w.end <= scope.mention.start).sort((a, b) => a.start - b.start).at(-1);
  if (counted && ofTheTotal(scope) && !soFar.counts.some((c) => c.start <= counted.start && counted.end <= c.end)) return `the share the count before it («${scope.text.slice(counted.start, counted.end)}») makes of a whole the catalogue does not track`;
  // "ومن هاد الإنابات، واحد وثلاثون تتعلق بالاتجار في المخدرات، أي قرابة اثنين وعشرين في المائة": the ratio of a part
  // counted with no noun of its own, which no indicator read, right before it.
  const unread = soFar.unread.filter((m) => m.end <= scope.mention.start).at(-1);
  if (unread && (last === undefined || last.end <= unread.start)) return `the share the count before it («${scope.text.slice(unread.start, unread.end)}»), read as no indicator's, makes of its whole`;
  return undefined;
}

/**
 * A share's clause that says it restates what came before: "أي …", or "وهو ما يمثل …" (which is what makes up …):
 * "125 إنابة، منها 29 تتعلق بالاتجار في المخدرات، وهو ما يمثل 23 في المائة من مجموعها".
 */
const opensOnRestating = (before: readonly Word[]): boolean =>
  wordIsAny(before[0]!, grammarWords.restating) || (wordIsAny(before[0]!, grammarWords.pronouns_of_being) && before[1]?.folded === "ما");

/** "… من المجموع" ending the share's clause: of the total of what was just counted, a whole it does not name. */
const ofTheTotal = (scope: NumberScope) => scope.after.length === 2 && opensOnTotal(scope.after);

/** How many words may open a share that restates the count before it: "، أي", "، أي ما يعادل". */
const restatingReach = 3;

/**
 * The words before the share that may name its category: its clause's, or, when the clause mark that would start it
 * is missing ("تليها فرنسا ب 21 في المئة ثم بلجيكا ب 9 في المئة", a transcript without punctuation), the words since
 * the figure before it when "ب" (with) ties the share to them.
 */
/** The words after a share up to a slash setting the next item of a list apart ("أخرى 11% / قواعد البيانات 9%"). */
function ownAfter(scope: NumberScope): readonly Word[] {
  const slash = scope.text.slice(scope.mention.end, scope.after.at(-1)?.end ?? scope.mention.end).search(/[^\S\n]\/[^\S\n]/u);
  return slash < 0 ? scope.after : scope.after.filter((w) => w.start < scope.mention.end + slash);
}

/**
 * Whether the share opens a list after its heading's colon ("ويتوزع هذا المجهود على قضايا متنوعة: 26 في المائة تتعلق
 * بالاتجار في المخدرات، …"): a category its own words name after it is the share's, not the heading's ("قضايا متنوعة").
 */
function underListHeading(scope: NumberScope): boolean {
  const last = scope.before.at(-1);
  return last !== undefined && /^[^\p{L}\p{N}]*[:：][^\S\n]*$/u.test(scope.text.slice(last.end, scope.mention.start));
}

function ownBefore(scope: NumberScope): readonly Word[] {
  if (scope.before.length > 0) return scope.before;
  return /ب[ـ\s]*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 3), scope.mention.start)) ? scope.lead : [];
}

/**
 * The period of the counts before a share "of them" ("30 في المائة منها"), when the share names none and the sentence's
 * counts before it are all of one period (not "1740 موظفا، مقابل 1620 سنة 2024 و1450 سنة 2023، ونظم 75 في المائة منها").
 */
function wholeOfThem(scope: NumberScope, soFar: SentenceSoFar): string | undefined {
  if (!ofThemAfter(scope)) return undefined;
  const periods = new Set(soFar.counts.filter((c) => c.end <= scope.mention.start).map((c) => c.period));
  return periods.size === 1 ? [...periods][0] : undefined;
}

/**
 * The whole year of a share before, in a report on a part of it, for a share coordinated with it that names no
 * period and is "of them" ("وعلى مدى السنة كاملة كانت 64 في المائة من الدورات حضورية و71 في المائة منها داخل
 * المغرب": of the same year's courses, not of the half's staff trained named before).
 */
function coordinatedShare(scope: NumberScope, soFar: SentenceSoFar): string | undefined {
  const previous = soFar.previousShare;
  // The whole year of a part-year report's, said of the share before, and "of them" said of this one.
  if (!previous || previous.period !== String(parsePeriod(scope.reference).year) || previous.period === scope.reference || !ofThemAfter(scope)) return undefined;
  const opening = scope.before[0] ?? scope.lead.at(-1);
  const coordinated = andRightBefore(scope) || (opening !== undefined && opening.folded.startsWith("و"));
  return coordinated ? previous.period : undefined;
}

export function readShare(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): Reading {
  const restated = restatedPart(scope, soFar);
  if (restated) return unaccounted(restated);
  const evidence = new Evidence(scope.text, scope.qualifierVerb);
  const shares = catalogue.indicators.indicators.filter((i) => i.kind === "share");
  const paired = scope.respectiveCategory;
  // A table's cell: its row's label names the category ("الهجرة غير النظامية والاتجار بالبشر | 19%").
  const label = scope.before.length === 0 && scope.after.length === 0 ? (scope.table?.label ?? []) : [];
  const categories = paired ? new Map([[paired.category.breakdown, paired.category]]) : categoriesNamed([...label, ...ownBefore(scope)], ownAfter(scope), catalogue.breakdowns, underListHeading(scope));
  const subject = categories.size === 0 ? (subjectCategory(scope, catalogue, soFar) ?? categoryBefore(scope, catalogue) ?? remainderCategory(scope, catalogue) ?? categoryOfItsShare(scope, catalogue) ?? categoryOfCountBefore(scope, catalogue)) : undefined;
  if (subject) categories.set(subject.breakdown, subject);
  const spread = paired ? undefined : remainderSpread(scope, catalogue);
  if (spread) return unaccounted(`the rest of a breakdown spread over several categories («${scope.text.slice(spread.start, spread.end)}»), which the catalogue does not track`);
  const together = paired ? undefined : jointCategories(scope, catalogue);
  if (together) return unaccounted(`a share of several categories together («${scope.text.slice(together.start, together.end)}»), which the catalogue does not track`);
  // A table's header says what its shares are of ("| نوع الجريمة | الإنابات | النسبة من المجموع |": letters, not files).
  const plain = patternInput(scope, null);
  const input = scope.table?.header ? { ...plain, clause: [...plain.clause, ...scope.table.header] } : plain;
  // "وتقول إن 60 في المائة منهم يوجدون في إسبانيا": "of them" in the human plural is a share of persons, which no
  // breakdown counts (its shares are of files and exchanges; "لكل منهما", of each of two partners, is not it).
  const ofPersons = scope.after[0]?.folded === "منهم";
  const byCategory: PatternMatch[] = shares.flatMap((indicator) => {
    const category = indicator.breakdown === undefined ? undefined : categories.get(indicator.breakdown);
    if (!category || ofPersons) return [];
    const cues = indicator.cues ? rankIndicators([indicator], input)[0] : undefined;
    if (indicator.cues && !cues) return [];
    return [{ indicator, strength: 1 + (cues?.strength ?? 0), evidence: [category, ...(cues?.evidence ?? [])] as Word[] }];
  });
  const byCues = rankIndicators(shares.filter((i) => i.breakdown === undefined), input);
  const decision = decide([...byCategory, ...byCues].sort((a, b) => b.strength - a.strength));
  if ("none" in decision) return sameShareEarlier(scope, catalogue, soFar) ?? unaccounted("a percentage with no change word before it and no category or share cue in its clause");
  if ("ambiguous" in decision) return heldBack(`ambiguous: a share of ${decision.ambiguous.map((m) => m.indicator.id).join(" or ")}`, evidence);
  const { indicator } = decision.match;
  const category = indicator.breakdown === undefined ? undefined : categories.get(indicator.breakdown);
  evidence.words(category ? `category ${category.code}` : "share", decision.match.evidence);
  const body = reportingBody(scope);
  if (body) return heldBack(`${otherBodyReason} («${scope.text.slice(body.start, body.end)}», who reports it), not a share of the national figure ${indicator.id} tracks`, evidence, indicator.id);
  // "نحو 60 في المائة من طلبات التعاون التي عالجتها ولاية أمن طنجة": a share of another body's or a local unit's count.
  const owner = ownerAfter(scope);
  if (owner) return heldBack(`${otherBodyReason} («${scope.text.slice(owner.start, owner.end)}»), not a share of the national figure ${indicator.id} tracks`, evidence, indicator.id);
  // "أما ولاية أمن فاس، فقد عالجت بدورها 118 ملفا …، أي ما يعادل 2,6 في المائة من المجموع الوطني": a part's share of
  // the nation's total, the part a local unit's or another body's.
  const ofNation = ofNationalTotal(scope) && otherBody(scope);
  if (ofNation) return heldBack(`${otherBodyReason} («${scope.text.slice(ofNation.start, ofNation.end)}»): its share of the national total, not a share of the national figure ${indicator.id} tracks`, evidence, indicator.id);
  if (paired) evidence.note("paired in order by «على التوالي»");
  // The period its place under a legend or "على التوالي" gives ("إسبانيا: 30% | 31%" under "…: 2018 | 2019").
  const periods = scope.respective ? { claims: [scope.respective] } : readPeriods(wholeClause(scope), scope.reference, catalogue.periods, periodContext(scope));
  const agreed = "claims" in periods ? agreedPeriod(periods.claims) : undefined;
  if (!agreed || "conflict" in agreed) return heldBack("the period is unclear", evidence, indicator.id);
  // "وعلى امتداد السنة، جرى 64 في المائة من الدورات حضوريا": the sentence's opening names the period its clause does not.
  const opened = "period" in agreed ? undefined : openingPeriod(scope);
  if (opened) evidence.note(`the sentence's opening → ${opened}`);
  const compared = !("period" in agreed) && !opened && comparedShareBase(scope, catalogue);
  if (compared === null) return heldBack("it is compared with the share before it, without a period of its own, in a sentence that names a span of years", evidence, indicator.id);
  if (compared) evidence.note(`compared without a period of its own: the same period a year earlier (periods.json, implicit_base) → ${compared}`);
  // "عالج خلال سنة 2024 بأكملها 7215 ملفا، مثلت إسبانيا 30 في المائة منها": a share "of them" is of its whole's period.
  const whole = "period" in agreed || opened || compared ? undefined : (coordinatedShare(scope, soFar) ?? wholeOfThem(scope, soFar));
  if (whole) evidence.note(`"of them": of the count or the share before it → ${whole}`);
  // "- سنة 2024: 1620 موظفا، 72 في المائة منها تكوين حضوري" in a text on 2016 published in 2025: the share names no period.
  const lookingBack = "period" in agreed || opened || compared || whole ? undefined : lookingBackDoubt(scope.reference, scope.publishedYear, scope.topicYear);
  if (lookingBack) return heldBack(`the period is unclear: ${lookingBack}`, evidence, indicator.id);
  // "نظمت 64 في المائة منها حضوريا" in a report on a quarter that gave the year's counts: of the year or of the quarter?
  const yearOrItsPart = "period" in agreed || opened || compared || whole ? undefined : yearOrPart(scope, catalogue);
  if (yearOrItsPart) return heldBack(`the period is unclear: ${yearOrItsPart}`, evidence, indicator.id);
  const period = "period" in agreed ? agreed.period.period : (opened ?? (compared || whole || scope.reference));
  return {
    status: "figure",
    indicator,
    breakdown: indicator.breakdown ?? null,
    category: category?.code ?? null,
    period,
    basePeriod: null,
    value: scope.mention.value,
    qualifier: scope.mention.qualifier,
    // Paired by "على التوالي", the quote is the whole pairing: the list of categories to the last share.
    ...quoteSpan(scope.mention, paired ? [paired.span] : decision.match.evidence),
    evidence: evidence.toString(),
  };
}

/**
 * The period the sentence's opening phrase names when it is the year of a part-year report ("وعلى امتداد السنة،" in
 * a report on the second half): not another period, which may be a citation's ("(المصدر: التقرير السنوي …، 2024)").
 */
function openingPeriod(scope: NumberScope): string | undefined {
  const agreed = scope.opening && "claims" in scope.opening ? agreedPeriod(scope.opening.claims) : undefined;
  const period = agreed && "period" in agreed ? agreed.period.period : undefined;
  return period !== undefined && period !== scope.reference && periodWithin(scope.reference, period) ? period : undefined;
}

/** "من المجموع الوطني", "من الإجمالي الوطني" right after the percentage: a share of the nation's total. */
function ofNationalTotal(scope: NumberScope): boolean {
  const total = scope.after.findIndex((w) => wordIsAny(w, grammarWords.totals));
  return total >= 0 && total <= nationalTotalReach && /^(?:ال)?وطني[ةه]?$/u.test(scope.after[total + 1]?.folded ?? "");
}

/** How far after the percentage "the national total" may stand: "2,6 في المائة من المجموع الوطني". */
const nationalTotalReach = 4;
