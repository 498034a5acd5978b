// Where a count's own clause places what it counts: with one partner country ("تسلم المغرب من السلطات البلجيكية
// أربعة مطلوبين"، "سلمت الرباط إلى بروكسيل اثنين من الرعايا"، "أوقف 17 مغربيا فوق التراب الفرنسي"، "ستة مغاربة
// بإيطاليا"). Such a count is that partner's part of the national count, which no breakdown tracks: the DGSN's
// yearly counts of persons handed over, arrested abroad or operations are over every partner. A partner named
// elsewhere in the sentence (another clause, or after a part marker) says nothing of the count, unless the sentence
// opens on it ("ومع فرنسا دائما، …"), a pronoun stands for it ("وسلم إليها …"), or a table's column names it.
import type { BreakdownCatalogue } from "../types/catalogue-breakdowns.ts";
import type { Catalogue } from "../catalogue/load.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { clauseBeforeAside } from "./antecedent-clauses.ts";
import { type CategoryMatch, categoryStartingAt } from "./categories.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords, topicOpensAt } from "./grammar-words.ts";
import { capitalsOf, namesSeveralPartners, partnerCapitals } from "./foreign-section.ts";
import { phraseMatchAt } from "./phrases.ts";
import { type NumberScope, sentenceOpening } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import type { Word } from "./words.ts";
import { oncePer } from "../lib/once-per.ts";

interface Place {
  code: string;
  start: number;
  end: number;
}

/** The partner country (or its capital) whose name starts at word `index`, if any; "البلدين" names Morocco and one partner (its code is then empty). */
function partnerAt(words: readonly Word[], index: number, catalogue: BreakdownCatalogue): Place | undefined {
  if (wordIsAny(words[index]!, grammarWords.two_countries)) return { code: "", start: words[index]!.start, end: words[index]!.end };
  // "باللغة الفرنسية": a language, no partner.
  if (index > 0 && wordIsAny(words[index - 1]!, grammarWords.language_nouns)) return undefined;
  const country: CategoryMatch | undefined = categoryStartingAt(words, index, catalogue);
  if (country?.breakdown === "partner_country") return country;
  const place = phraseMatchAt(words, index, capitalsOf(catalogue));
  const capital = place < 0 ? undefined : partnerCapitals(catalogue)[place]!;
  return capital && { code: capital.code, start: words[index]!.start, end: words[index + capital.phrase.length - 1]!.end };
}

/**
 * Whether word `index` is placed by a preposition: on it ("بإيطاليا"), right before it, or before the one noun the
 * nationality qualifies ("من السلطات البلجيكية"، "فوق التراب الفرنسي"، "بالتراب السويسري"، "من نظرائه الفرنسيين"), or
 * named a party to it ("كانت إسبانيا طرفا فيها").
 */
function placed(words: readonly Word[], index: number, catalogue: BreakdownCatalogue): boolean {
  if (locative(words[index]!, catalogue)) return true;
  // A party to what is counted: "ما يقارب 1.700 ملف كانت إسبانيا طرفا فيها".
  const next = words[index + 1];
  if (next !== undefined && wordIsAny(next, grammarWords.party_nouns)) return true;
  return [1, 2].some((back) => {
    const word = words[index - back];
    return word !== undefined && (wordIsAny(word, grammarWords.place_prepositions) || (locative(word, catalogue) && wordIsAny(word, grammarWords.territory_nouns)));
  });
}

/** The places' names that begin with "ب" ("بلجيكا", "برلين"). */
const namesWithBaOf = oncePer((catalogue: BreakdownCatalogue): string[] => catalogue.breakdowns.flatMap((b) => b.categories.flatMap((c) => [...c.cues, ...(c.capitals ?? [])])).filter((name) => name.startsWith("ب")));

/** The locative "ب" written on a word ("بإيطاليا"، "بالتراب"), not a name's own first letter ("بلجيكا"، "برلين"). */
function locative(word: Word, catalogue: BreakdownCatalogue): boolean {
  const namesWithBa = namesWithBaOf(catalogue);
  const bare = word.folded.replace(/^و(?=ب)/u, "");
  return bare.startsWith("ب") && !namesWithBa.some((name) => bare.startsWith(name));
}

/** The partners `words` name, and whether each is placed. */
function partnersIn(words: readonly Word[], catalogue: BreakdownCatalogue, isPlaced: (index: number) => boolean): Array<Place & { placed: boolean; index: number }> {
  const found: Array<Place & { placed: boolean; index: number }> = [];
  for (let index = 0; index < words.length; index++) {
    const partner = partnerAt(words, index, catalogue);
    if (partner) found.push({ ...partner, placed: isPlaced(index), index });
  }
  return found;
}

/** Partner markers other than "to" ("مع"، "بتنسيق مع"، "لفائدة"): the partner is one of the action's, which the national count includes. */
const withPartner = grammarWords.partner_markers.filter((w) => !grammarWords.place_prepositions.includes(w));

/** Whether a partner marker of `withPartner` stands one to three words before word `index` ("مع السلطات الإيطالية"، "مع المصالح الأمنية الإسبانية"). */
const actingWith = (words: readonly Word[], index: number) => words.slice(Math.max(0, index - 3), index).some((w) => wordIsAny(w, withPartner));

/**
 * How many words after the number the place of its count may stand: the noun, its adjectives or verb, the place
 * ("مغربيا أوقفوا فوق التراب الفرنسي"، "مواطنا مغربيا مبحوثا عنهم فوق التراب الإسباني").
 */
const placeReach = 7;

/** How many words past that reach a partner coordinated with one inside it still makes them several: "مع كل من فرنسا وإسبانيا". */
const coordinatedReach = 2;

/**
 * The words before the number that are its own clause's: none when they follow another number ("سبعة مغاربة
 * أوقفوا في بلجيكا من أصل 55": the place is the seven's), and from a colon on ("سيارتك المسروقة في مدريد قد تعود
 * يوما: 109 سيارات"), unless the number stands bare after it, as a list item's value.
 */
function ownLead(text: string, lead: readonly Word[], numberStart: number, numberEnd: number): readonly Word[] {
  const first = lead[0];
  // After a number (digits, or a word: "سبعة"), not after a mark, a bullet or the line's start.
  if (!first || /[\p{L}\p{N}][^\S\n]*$/u.test(text.slice(Math.max(0, first.start - 8), first.start))) return [];
  // A list item's label before its bare value ("- مطلوبون سلمتهم ألمانيا إلى المغرب: 2 (مقابل 1 في 2023)") is the value's own.
  if (bareValue(text, numberEnd)) return lead;
  for (let i = lead.length - 1; i >= 0; i--) if (/[:：]/u.test(text.slice(lead[i]!.end, lead[i + 1]?.start ?? numberStart))) return lead.slice(i + 1);
  return lead;
}

/** Whether no word follows the number on its line before a parenthesis or a clause mark. */
const bareValue = (text: string, numberEnd: number) => /^[^\S\n]*(?:[(،,؛;.\n]|$)/u.test(text.slice(numberEnd, numberEnd + 4));

/**
 * The words of every cue context of an indicator ("امريكي" for the foreigners arrested for the US): a partner it names
 * is part of what it counts. Gathered once per indicator (every number asks); frozen, since the callers share it.
 */
export const ownPartnerWords = oncePer((indicator: Indicator): readonly string[] => Object.freeze(indicator.cues?.flatMap((cue) => [...(cue.context ?? []), ...(cue.topic ?? [])].flat()) ?? []));

/**
 * The one partner country the count's own clause places it with, before the number or in the few words after it,
 * before a part marker; none when the clause names several partners ("أوقف أغلبهم بإسبانيا وفرنسا") or a noun of
 * several, or when the indicator itself is of that partner ("أربعة أجانب مطلوبين بالولايات المتحدة").
 */
function partnerPlace(text: string, number: { start: number; end: number }, lead: readonly Word[], after: readonly Word[], catalogue: BreakdownCatalogue, indicator: Indicator, earlier: readonly Word[] = []): Place | undefined {
  const part = after.findIndex((w) => wordIsAny(w, grammarWords.part_markers));
  const clause = part < 0 ? after : after.slice(0, part);
  const near = clause.slice(0, placeReach);
  const before = ownLead(text, lead, number.start, number.end);
  if (namesSeveralPartners([...before, ...near])) return undefined;
  // Before the number, the partner is the count's whatever its role ("مطلوبون سلمتهم ألمانيا إلى المغرب: 2"), unless
  // it acts with the DGSN; after it, only a place or an origin is ("17 مغربيا فوق التراب الفرنسي"). A partner acting
  // with the DGSN is the count's when the sentence already named it ("من بينهم 6 أشخاص سلمتهم السلطات الإسبانية، كما
  // تم تنفيذ ثلاث عمليات … بتنسيق مع المصالح الأمنية الإسبانية"), not otherwise ("عمليتين … مع السلطات الإيطالية").
  let topic: string | null | undefined;
  const sentenceTopic = (words: readonly Word[], i: number) => actingWith(words, i) && partnerAt(words, i, catalogue)?.code === (topic ??= sentencePartner(earlier, catalogue));
  // Past the place's reach, only the sentence's partner acting with the DGSN.
  const inClause = partnersIn(clause, catalogue, (i) => (i < placeReach && placed(clause, i, catalogue)) || sentenceTopic(clause, i)).filter((p) => p.index < placeReach + coordinatedReach || p.placed);
  const partners = [...partnersIn(before, catalogue, (i) => !actingWith(before, i) || sentenceTopic(before, i)), ...inClause];
  const place = partners.find((p) => p.placed);
  if (!place || new Set(partners.flatMap((p) => p.code || [])).size > 1) return undefined;
  return namesIndicatorsPartner([...before, ...clause], place, indicator) ? undefined : place;
}

/** Whether the partner at `place` is one the indicator itself counts for ("الأمريكي" for the foreigners arrested for the US). */
function namesIndicatorsPartner(words: readonly Word[], place: Place, indicator: Indicator): boolean {
  const own = ownPartnerWords(indicator);
  return words.some((w) => w.start >= place.start && w.end <= place.end && wordIsAny(w, own));
}

/** The one partner the sentence before the count's clause names, if it names one and no noun of several. */
function sentencePartner(earlier: readonly Word[], catalogue: BreakdownCatalogue): string | null {
  if (namesSeveralPartners(earlier)) return null;
  const named = new Set(partnersIn(earlier, catalogue, () => true).map((p) => p.code));
  return named.size === 1 ? [...named][0]! : null;
}

/** How many words an opening phrase naming the sentence's partner may have: "ومع فرنسا دائما،". */
const openingWords = 4;

/**
 * The one partner a sentence opens on as its topic, set off by a comma ("ومع فرنسا دائما، استقبلت المملكة 5 أشخاص
 * …"، "وبخصوص إسبانيا، …"): its counts are that partner's parts. Not "في" a country ("وفي الجزائر، …": another
 * country's own figures, foreign-section.ts), and not several partners.
 */
function partnerOpening(text: string, opening: readonly Word[], catalogue: BreakdownCatalogue): Place | undefined {
  const comma = opening.findIndex((w, i) => i < openingWords && /^\s*[،,]/u.test(text.slice(w.end, w.end + 3)));
  // Opened by a word of topic or of partnership: not a dateline ("مدريد، 12 يوليو") nor a partner as subject ("وتظل إسبانيا، الجارة الشمالية، …").
  if (comma < 0 || !(topicOpensAt(opening) || wordIsAny(opening[0]!, withPartner))) return undefined;
  const words = opening.slice(0, comma + 1);
  if (namesSeveralPartners(words) || words.some((w) => /\p{N}/u.test(w.folded))) return undefined;
  const partners = partnersIn(words, catalogue, () => true);
  return partners.length === 1 && partners[0]!.code !== "" ? partners[0] : undefined;
}

/**
 * A word standing for the partner a clause before named: a pronoun ("تسلم المغرب من السلطات الهولندية شخصين …، وسلم
 * إليها شخصا واحدا"; grammar-words partner_pronouns), or "the two countries" ("… فوق التراب الفرنسي …، كما نفذ البلدان
 * عملية واحدة": the dual "البلدان" is written as the plural, which names several partners elsewhere) in the count's lead.
 */
const refersToPartner = (text: string, number: { start: number; end: number }, lead: readonly Word[]) =>
  ownLead(text, lead, number.start, number.end).some((w) => wordIsAny(w, grammarWords.partner_pronouns) || wordIsAny(w, grammarWords.two_countries) || /^[وف]?البلدان$/u.test(w.folded));

/**
 * The one partner country the sentence placed something in before the count, when "there" in the count's lead
 * stands for it ("واحد وسبعون مواطنا مغربيا، أغلبهم في إسبانيا، حيث أوقف هناك ثمانية وعشرون شخصا").
 */
function placedThere(text: string, number: { start: number; end: number }, lead: readonly Word[], earlier: readonly Word[], catalogue: BreakdownCatalogue): Place | undefined {
  if (!ownLead(text, lead, number.start, number.end).some((w) => wordIsAny(w, grammarWords.place_back_references))) return undefined;
  if (namesSeveralPartners(earlier)) return undefined;
  const partners = partnersIn(earlier, catalogue, (i) => placed(earlier, i, catalogue));
  const codes = new Set(partners.map((p) => p.code));
  return codes.size === 1 && partners[0]!.code !== "" && partners.every((p) => p.placed) ? partners[0] : undefined;
}

/** The one partner a table column's header names ("| المؤشر | كندا | المجموع الوطني 2023 |"): the column holds its parts. */
function partnerColumn(header: readonly Word[], catalogue: BreakdownCatalogue): Place | undefined {
  const partners = partnersIn(header, catalogue, () => true);
  return partners.length === 1 && partners[0]!.code !== "" && !namesSeveralPartners(header) ? partners[0] : undefined;
}

/**
 * Whose part a count is when its clause places it with one partner ("تسلم المغرب من السلطات البلجيكية أربعة مطلوبين",
 * "17 مغربيا فوق التراب الفرنسي"), its sentence opens on one ("ومع فرنسا دائما، …") or its table column's header
 * names one ("| المؤشر | كندا | …"), or it follows such a part: compared with it ("…، بعدما كان عددهم 15 سنة 2023")
 * or naming it by a pronoun ("وسلم إليها شخصا واحدا").
 */
export function partnerPartOf(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, compared: boolean, indicator: Indicator): { how: string; partner: string } | undefined {
  // The verb's clause before an aside is the count's too: "تسلم المغرب من بلجيكا، خلال السنة الماضية، ثلاثة أشخاص".
  const lead = [...clauseBeforeAside(scope), ...scope.lead];
  const opening = sentenceOpening(scope);
  const aside = scope.table?.aside ?? [];
  const place =
    partnerPlace(scope.text, scope.mention, lead, scope.after, catalogue.breakdowns, indicator, scope.earlier) ??
    [partnerOpening(scope.text, opening, catalogue.breakdowns), aside.length > 0 ? partnerColumn(aside, catalogue.breakdowns) : undefined].find((p) => p && !namesIndicatorsPartner([...opening, ...aside], p, indicator));
  if (place) return { how: "the part of one partner", partner: scope.text.slice(place.start, place.end) };
  const there = placedThere(scope.text, scope.mention, scope.lead, scope.earlier, catalogue.breakdowns);
  if (there) return { how: "the part of the partner «هناك» (there) stands for", partner: scope.text.slice(there.start, there.end) };
  const earlier = soFar.partnerPart;
  if (!earlier) return undefined;
  if (compared && earlier.indicatorId === indicator.id) return { how: "compared with the part of one partner", partner: earlier.partner };
  return refersToPartner(scope.text, scope.mention, scope.lead) ? { how: "the part of the partner its pronoun stands for", partner: earlier.partner } : undefined;
}
