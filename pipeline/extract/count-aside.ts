// A count read as an indicator's may still not be the period's national figure of it: this tells which ones are
// said aside (another body's, a partner's part, an average…) and why they are held back.
import type { Catalogue } from "../catalogue/load.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { averageIn, severalYearsTotal, yearlyRate } from "./averages.ts";
import { stillAtLarge } from "./at-large.ts";
import { againstSuspects } from "./case-count.ts";
import { categoryCounted } from "./category-count.ts";
import { afterFraction, afterPercentInParentheses, comparisonReach } from "./count-continuation.ts";
import { amongBeforeNoun, type CountedNoun, isPart } from "./counted-noun.ts";
import { wordIsAny } from "./cue-match.ts";
import { foreignHeading, foreignSubject, foreignTopic, locatedAbroad, nationalityBeforeOneOrTwo, originParticiple, partnerBeforeParenthesis, partnerNamed, partnerNationality, partnerOrigin, wantedByOnePartner } from "./foreign-section.ts";
import { foreignNationalityForms, grammarWords } from "./grammar-words.ts";
import { wholeNouns } from "./part-of-next.ts";
import type { IndicatorChoice } from "./indicator-choice.ts";
import { otherBody, otherBodyReason, sameBodyAsBefore } from "./other-body.ts";
import { ownPartnerWords, partnerPartOf } from "./partner-place.ts";
import { percentageMark } from "./change-direction.ts";
import { changeDirection } from "./percent-change.ts";
import { heldBack, type Reading, unaccounted } from "./reading.ts";
import { oncePer } from "../lib/once-per.ts";
import { restOfWhole } from "./remainder.ts";
import { clauseWords, type NumberScope, sentenceOpening } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import { differenceWords } from "./transition.ts";
import type { Word } from "./words.ts";

/** An indicator chosen for the count (not a reading chooseIndicator already settled). */
export type ChosenIndicator = Extract<IndicatorChoice, { indicator: Indicator }>;

/** A count said aside: its reading, and the partner whose part it is when it is one (a count compared with it is too). */
export interface AsideReading {
  reading: Reading;
  partnerPart?: { indicatorId: string; partner: string };
}

/**
 * A count said aside, not the period's national figure of the indicator it was read as: an average, a yearly rate,
 * a total of several years, another country's figure, a part by nationality or by partner, another body's, one
 * case's, the units of a share, a restatement of a fraction, the amount of a change. Held back or unaccounted, with
 * the reason; undefined when it is none of these.
 */
export function countAside(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, choice: ChosenIndicator, counted: CountedNoun | null, compared: boolean, startsChange: boolean): AsideReading | undefined {
  const { mention } = scope;
  const average = averageIn([...scope.previousClause.words, ...scope.before, ...scope.after]);
  if (average) return { reading: heldBack(`an average over several periods («${scope.text.slice(average.start, average.end)}»), not a period's count`, choice.evidence, choice.indicator.id) };
  const rate = yearlyRate(scope);
  if (rate) return { reading: heldBack(`a yearly rate («${scope.text.slice(rate.start, rate.end)}»), not a period's count`, choice.evidence, choice.indicator.id) };
  const total = severalYearsTotal(scope, catalogue.periods);
  if (total) return { reading: heldBack(`a total of several years («${scope.text.slice(total.start, total.end)}»), not a period's count`, choice.evidence, choice.indicator.id) };
  const country = foreignTopic(scope.text, sentenceOpening(scope), [...scope.earlier, ...scope.before], catalogue.breakdowns) ?? foreignSubject(scope.before, catalogue.breakdowns) ?? foreignHeading(scope.parentItem, catalogue.breakdowns);
  if (country) {
    const reason = `a figure of another country («${scope.text.slice(country.start, country.end)}»), not the DGSN's`;
    return { reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  // Persons received from several partners ("تسلم المغرب 16 شخصا من إسبانيا وفرنسا") may be all of them; staff from
  // partner countries are never the DGSN's own (one_partner_is_part).
  const origin = partnerOrigin(scope.after, catalogue.breakdowns, mention.form === "dual") ?? originParticiple(scope.text, mention, scope.wordFrom);
  const nationality = partnerNationality(scope.after, catalogue.breakdowns) ?? nationalityBeforeOneOrTwo(mention, scope.lead, catalogue.breakdowns) ?? (origin && (origin.countries === 1 || choice.indicator.one_partner_is_part) ? origin : undefined);
  if (nationality) {
    const reason = `a part of the count by nationality («${scope.text.slice(nationality.start, nationality.end)}»), not the count of all`;
    return { reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  const among = counted?.how === "before" && counted.word ? amongBeforeNoun(scope.text, mention, scope.before, counted.word) : undefined;
  if (among) return { reading: heldBack(`a part («${scope.text.slice(among.start, among.end)}»), not the whole figure ${choice.indicator.id} counts`, choice.evidence, choice.indicator.id) };
  const share = shareHolderBefore(scope);
  if (share) return { reading: heldBack(`a share of a whole («${scope.text.slice(share.start, share.end)}»), not the whole figure ${choice.indicator.id} counts`, choice.evidence, choice.indicator.id) };
  const bilateral = countsOnePartner(choice.indicator) ? undefined : bilateralBefore(scope);
  if (bilateral) {
    const partner = scope.text.slice(bilateral.start, bilateral.end);
    const reason = `the part of one partner («${partner}»), not all of ${choice.indicator.id}, which is counted over every partner`;
    return { reading: heldBack(reason, choice.evidence, choice.indicator.id), partnerPart: { indicatorId: choice.indicator.id, partner } };
  }
  const wanted = wantedByOtherPartner(scope, catalogue, choice);
  if (wanted) return { reading: heldBack(`the part wanted by one partner («${scope.text.slice(wanted.start, wanted.end)}»), not all of ${choice.indicator.id}`, choice.evidence, choice.indicator.id) };
  // A part ("منها نحو 270 ملفا مصدرها أو وجهتها بلجيكا"، "سبعة منهم على التراب البلجيكي") whose clause names one
  // partner is that partner's part.
  const onePartner = choice.indicator.one_partner_is_part ? partnerNamed(clauseWords(scope), catalogue.breakdowns) : isPart(scope.text, scope.before, scope.after) ? partnerNamed(scope.after, catalogue.breakdowns) : undefined;
  const named = partnerBeforeParenthesis(scope.text, mention, [...scope.earlier, ...scope.before], catalogue.breakdowns) ?? onePartner ?? partnerBeforePause(scope, catalogue);
  // "واستفاد أزيد من 410 موظفين من تكوينات بالخارج": of a count reported by partner, the part held abroad.
  const abroad = choice.indicator.one_partner_is_part ? clauseWords(scope).find((w) => grammarWords.abroad.includes(w.folded)) : undefined;
  if (abroad) return { reading: heldBack(`the part held abroad («${scope.text.slice(abroad.start, abroad.end)}»), not all of ${choice.indicator.id}`, choice.evidence, choice.indicator.id) };
  if (named) {
    const reason = `the part of one partner («${scope.text.slice(named.start, named.end)}»), not all of ${choice.indicator.id}, which is counted over every partner`;
    return { reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  const body = nationsWhole(scope, choice.indicator, soFar) ? undefined : (otherBody(scope) ?? locatedAbroad(onNumbersLine(scope, [...scope.earlier, ...scope.before]), catalogue.breakdowns) ?? sameBodyAsBefore(scope));
  if (body) {
    const reason = `${otherBodyReason} («${scope.text.slice(body.start, body.end)}»), not the national figure ${choice.indicator.id} tracks`;
    return { reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  const partner = partnerPartOf(scope, catalogue, soFar, compared, choice.indicator);
  if (partner) {
    const reason = `${partner.how} («${partner.partner}»), not all of ${choice.indicator.id}, which is counted over every partner`;
    return { reading: heldBack(reason, choice.evidence, choice.indicator.id), partnerPart: { indicatorId: choice.indicator.id, partner: partner.partner } };
  }
  const suspects = againstSuspects(scope);
  if (suspects) {
    const reason = `a count of one case («${scope.text.slice(suspects[0]!.start, suspects.at(-1)!.end)}»), not the period's figure of ${choice.indicator.id}`;
    return { reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  const atLarge = stillAtLarge(scope);
  if (atLarge) {
    const reason = `persons still at large («${scope.text.slice(atLarge[0]!.start, atLarge.at(-1)!.end)}»), not arrested: no indicator counts them`;
    return { reading: unaccounted(reason, choice.evidence.words("context", atLarge), { ...(counted && { counted: counted.folded }) }) };
  }
  if (afterPercentInParentheses(scope, catalogue)?.change === false) {
    const reason = "the count of the share before it (the part of a breakdown it gives in units): the catalogue tracks the share, not this count";
    return { reading: unaccounted(reason, choice.evidence.note("in parentheses after a percentage no change word governs"), { ...(counted && { counted: counted.folded }) }) };
  }
  // A part the catalogue tracks, named by the words around it ("ربع الإنابات … يتعلق بالاتجار في المخدرات …، أي 41
  // إنابة"), is the count the fraction restates; a whole would not be.
  // "ثمانين شخصا …، أكثر من نصفهم (44 شخصا) مواطنون مغاربة": a fraction of the count before, given in units, is a
  // part whose kind the words after it may say; not a figure of the count's own indicator.
  if (afterFraction(scope) && soFar.lastCount?.indicator.id === choice.indicator.id) {
    const reason = "it gives a fraction of the count before it in units (a part of it), not a count of its own";
    return { reading: heldBack(reason, choice.evidence.words("fraction", [scope.lead.at(-1)!]), choice.indicator.id) };
  }
  const restated = choice.indicator.part_of ? undefined : restatesNothing(scope, soFar, catalogue);
  if (restated) {
    const reason = "it restates a quantity its sentence gives in another form (a fraction, a share), not a count of its own";
    return { reading: heldBack(reason, choice.evidence.words("restating", [restated]), choice.indicator.id) };
  }
  const category = categoryCounted(scope, choice.indicator, catalogue.breakdowns);
  if (category) {
    const reason = `the count of one type of case («${scope.text.slice(category.start, category.end)}»), a part of ${choice.indicator.id}: the catalogue tracks that category's share, not its count`;
    return { reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  const spread = choice.indicator.part_of ? undefined : spreadOver(scope, choice.indicator);
  if (spread) {
    const reason = `a part of the whole its sentence spreads over kinds («${scope.text.slice(spread.start, spread.end)}»), not the whole figure ${choice.indicator.id} counts`;
    return { reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  const difference = startsChange || restOfWhole(scope, catalogue) ? undefined : differenceWords(scope);
  if (difference) {
    const reason = `the amount of a change, not a count: the catalogue tracks no change of ${choice.indicator.id} in ${choice.indicator.unit}`;
    return { reading: unaccounted(reason, choice.evidence.words("change", difference), { ...(counted && { counted: counted.folded }) }) };
  }
  return undefined;
}

/** How many words a spread whole may take between its verb and "على"/"بين": "هذه الإنابات"، "الملفات المعالجة خلال السنة". */
const spreadSubjectReach = 6;

/**
 * The verb spreading a whole over kinds before the number in its sentence, when its subject names what the count
 * counts ("وتتوزع هذه الإنابات على أصناف مختلفة من الجرائم، … بتسع عشرة إنابة"): the count is one kind's part. Not
 * when the count's clause names a period (parts over halves: "وتوزعت ملفات 2024 بين 3420 ملفا في النصف الأول").
 */
function spreadOver(scope: NumberScope, indicator: Indicator): Word | undefined {
  const clause = clauseWords(scope);
  if (scope.yearsBefore.length + scope.yearsAfter.length > 0 || clause.some((w) => wordIsAny(w, grammarWords.period_part_nouns))) return undefined;
  const words = [...scope.earlier, ...scope.before];
  const counted = (indicator.cues ?? []).flatMap((cue) => cue.counted ?? []);
  for (let i = words.length - 2; i >= 0; i--) {
    if (!wordIsAny(words[i]!, grammarWords.spread_verbs)) continue;
    const over = words.slice(i + 1, i + 2 + spreadSubjectReach).findIndex((w) => w.folded === "علي" || w.folded === "بين");
    if (over > 0 && words.slice(i + 1, i + 1 + over).some((w) => wordIsAny(w, counted))) return words[i];
  }
  return undefined;
}

/**
 * The restating word before a number ("أي", "بالتحديد") when the sentence has no count before it to restate:
 * it then restates what the sentence gave otherwise ("ثلث الملفات، أي 2104 ملفات"; "31 في المائة من
 * المبادلات، أي 1800 ملف"), a part, not the indicator's count.
 */
function restatesNothing(scope: NumberScope, soFar: SentenceSoFar, catalogue: Catalogue): Word | undefined {
  // What it would restate: a share or a fraction before it in the sentence ("عالج بالضبط 3 آلاف و120 ملفا" restates
  // nothing), after its last count ("4480 ملفا، يهم 38 في المائة منها الاتجار …، أي أكثر من 1700 ملف"), no change's
  // rate ("ارتفع عددها بنسبة 24 في المائة، أي 5800 ملف" restates the count).
  // After a count, only a percentage: "النصف الأول", "الربع" name periods there, "خمس" is five as often.
  const last = soFar.lastCount ?? soFar.counts.at(-1);
  const from = last?.end ?? scope.earlier[0]?.start ?? scope.before[0]?.start ?? scope.mention.start;
  if (!(last ? percentage : shareOrFraction).test(scope.text.slice(from, scope.mention.start))) return undefined;
  // "أي 270 ملفا من أصل 3380": a part of the whole after it (part-of-next.ts), which it names.
  if (outOfNext.test(scope.text.slice(scope.mention.end, scope.mention.end + outOfReach))) return undefined;
  if (last && changeDirection([...scope.earlier, ...scope.before].filter((w) => w.start >= from), catalogue.indicators.change_words) !== undefined) return undefined;
  return scope.lead.slice(-comparisonReach).find((w) => wordIsAny(w, grammarWords.restating));
}

/** A share or a fraction a later number may restate in units: "31 في المائة من المبادلات، أي 1800 ملف", "ثلث الملفات، أي 2104". */
const percentage = new RegExp(percentageMark, "u");

/** "… ملفا من أصل 3380": a whole named after the count's noun. */
const outOfNext = new RegExp(`^\\s*\\S+\\s+من\\s+${wholeNouns}\\s*\\p{Nd}`, "u");
const outOfReach = 40;
const shareOrFraction = new RegExp(`${percentageMark}|ثلث|ربع|نصف|خمس|أخماس|اخماس|أرباع|ارباع|أثلاث|اثلاث`, "u");

/**
 * The whole a part is "out of", of the indicator the part was read as, is the nation's figure, wherever the part was
 * counted: "شهد مطار وجدة تسلم 4 أشخاص من أصل 19 شخصا سلمتهم دول أجنبية" (not of another: "46 ملفا مرتبطا بالمركبات
 * المسروقة من أصل 1406 ملفات" may be out of all files or all vehicle files).
 */
function nationsWhole(scope: NumberScope, indicator: Indicator, soFar: SentenceSoFar): boolean {
  const marker = scope.lead.at(-1);
  if (!marker || !grammarWords.whole_markers.includes(marker.folded) || soFar.lastIndicatorId === undefined) return false;
  return soFar.lastIndicatorId === indicator.id;
}

/**
 * "التعاون الأمني المغربي الإسباني.. أزيد من 900 ملف في سنة واحدة": a headline's topic before its pause ("..") on
 * the number's line, naming one partner: the count after it is that partner's.
 */
function partnerBeforePause(scope: NumberScope, catalogue: Catalogue): { start: number; end: number } | undefined {
  const lineStart = scope.text.lastIndexOf("\n", scope.mention.start - 1) + 1;
  const pause = scope.text.lastIndexOf("..", scope.mention.start);
  if (pause < lineStart) return undefined;
  return partnerNamed([...scope.earlier, ...scope.before].filter((w) => w.start >= lineStart && w.end <= pause), catalogue.breakdowns);
}

/** The words on the number's own line: a sender's name on the line above ("جمعية الوفاق للمغاربة ببروكسيل:") places no body of its count. */
function onNumbersLine(scope: NumberScope, words: readonly Word[]): readonly Word[] {
  const lineStart = scope.text.lastIndexOf("\n", scope.mention.start - 1) + 1;
  return words.filter((w) => w.start >= lineStart);
}

/**
 * Persons wanted by one partner's judiciary ("مبحوث عنهم من طرف القضاء الموريتاني") are that partner's part, unless
 * the indicator itself counts that partner's ("مطلوبين للقضاء الأمريكي": its cues name the country).
 */
function wantedByOtherPartner(scope: NumberScope, catalogue: Catalogue, choice: ChosenIndicator): { start: number; end: number } | undefined {
  const wanted = wantedByOnePartner(scope.after, catalogue.breakdowns);
  if (!wanted) return undefined;
  return wordIsAny(wanted.nationality, ownPartnerWords(choice.indicator)) ? undefined : wanted;
}

/** How many words before a count "bilateral" may stand: "المبادلات الثنائية شملت 2063 ملفا". */
const bilateralReach = 3;

/**
 * "Bilateral" right before a count ("وسجلت اللجنة أن المبادلات الثنائية شملت 2063 ملفا"): the exchanges with the one
 * partner the text is about, a part; not beside "multilateral" ("في إطار التعاون الثنائي والمتعدد الأطراف").
 */
function bilateralBefore(scope: NumberScope): Word | undefined {
  if (clauseWords(scope).some((w) => wordIsAny(w, grammarWords.multilateral))) return undefined;
  return scope.before.slice(-bilateralReach).find((w) => wordIsAny(w, grammarWords.bilateral));
}

/** Whether an indicator counts one partner's only: its cues name that partner's nationality ("مطلوبين للقضاء الأمريكي"); once per indicator. */
const countsOnePartner = oncePer((indicator: Indicator): boolean => ownPartnerWords(indicator).some((word) => foreignNationalityForms.includes(word)));

/** How many words before a count its share noun may stand: "فإن نصيبها يناهز 2020 ملفا". */
const shareReach = 3;

/**
 * A share noun with the pronoun of whose share it is, right before the count ("فإن نصيبها يناهز 2020 ملفا": its share
 * comes to about 2,020 files; grammar-words share_nouns): the count is one part's, worked out or told, not the whole's.
 */
function shareHolderBefore(scope: NumberScope): Word | undefined {
  const share = scope.before.slice(-shareReach).find((w) => wordIsAny(w, grammarWords.share_nouns) && /(?:ها|هم|هما)$/u.test(w.folded));
  // Not a share announced before a colon, which the count gives whole ("وحتى السيارات المسروقة لها نصيبها من الحصيلة: 610 ملفات").
  return share && !/[:：]/u.test(scope.text.slice(share.end, scope.mention.start)) ? share : undefined;
}
