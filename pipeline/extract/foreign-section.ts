// A sentence that opens with another country as its topic tells that country's figures, as articles comparing
// countries do ("أما في تونس، فقد أعلنت وزارة الداخلية عن 64 إنابة"; "وفي الجزائر، أفادت …"): they are not the
// DGSN's. The countries are the partner_country categories of the catalogue's breakdowns (Morocco is none). So
// are the nationalities that make persons counted a part of a count ("تسليم شخصين من جنسية بلجيكية").
import type { NumberMention } from "../types/number-mention.ts";
import type { BreakdownCatalogue } from "../types/catalogue-breakdowns.ts";
import { type CategoryMatch, categoryStartingAt } from "./categories.ts";
import { wordIsAny } from "./cue-match.ts";
import { foreignNationalityForms, grammarWords } from "./grammar-words.ts";
import { cuePhrase, type Phrase, phraseAt, phraseMatchAt } from "./phrases.ts";
import type { Word } from "./words.ts";
import { oncePer } from "../lib/once-per.ts";

/** Words that may open the sentence before "في": "أما في تونس"، "وأما في". */
const leads = ["اما"];
const inWord = ["في"];

/** "الجانب": the side of a country named by its adjective ("وفي الجانب الجزائري،"). */
const sideWords = ["جانب"];

/**
 * The country the sentence opens with as its topic ("أما في تونس،"، "وفي الجزائر المجاورة،"، "وفي الجانب
 * الجزائري،"), set off by a comma, if any.
 */
export function foreignCountryOpening(text: string, sentence: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  let index = 0;
  if (sentence[index] && wordIsAny(sentence[index]!, leads)) index++;
  if (!sentence[index] || !wordIsAny(sentence[index]!, inWord)) return undefined;
  const side = sentence[index + 1] !== undefined && wordIsAny(sentence[index + 1]!, sideWords) ? 1 : 0;
  const country = categoryStartingAt(sentence, index + 1 + side, catalogue);
  if (country?.breakdown !== "partner_country") return undefined;
  // One adjective of the country may stand before the comma: "وفي الجزائر المجاورة،".
  const next = sentence.find((w) => w.start >= country.end);
  const end = next && next.folded.startsWith("ال") && /^\s+$/u.test(text.slice(country.end, next.start)) && /^\s*[،,]/u.test(text.slice(next.end, next.end + 3)) ? next.end : country.end;
  return /^\s*[،,]/u.test(text.slice(end, end + 3)) ? { start: sentence[0]!.start, end } : undefined;
}

/**
 * The country a sentence opens on as its topic (foreignCountryOpening), unless the words before the number name Morocco
 * as the subject after "أن" ("وفي إسبانيا، كتبت «…» أن المغرب استقدم 19 مطلوبا"): then the sentence reports the
 * DGSN's figure. Read so for counts (count-aside.ts) and changes (percent-reading.ts) alike.
 */
export function foreignTopic(text: string, opening: readonly Word[], before: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  const country = foreignCountryOpening(text, opening, catalogue);
  const home = (w: Word, i: number) => i > 0 && wordIsAny(w, grammarWords.home_country) && /^ال/u.test(w.folded.replace(/^[وف]/u, "")) && wordIsAny(before[i - 1]!, grammarWords.complementizers);
  return country && !before.some(home) ? country : undefined;
}

/** A list's heading that is a partner country's name alone ("الجزائر⏎- 1460 ملف تعاون دولي"): its items are that country's. */
export function foreignHeading(heading: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  const country = heading.length > 0 ? categoryStartingAt(heading, 0, catalogue) : undefined;
  return country?.breakdown === "partner_country" && country.end >= heading.at(-1)!.end ? { start: heading[0]!.start, end: country.end } : undefined;
}

/**
 * A partner country or its capital as the subject of the number's clause ("وأضاف المصدر أن باريس سلمت للرباط خمسة
 * أشخاص", "وسلمت إسبانيا للمغرب 12 شخصا"): the name bare (no preposition on it), opening the clause, right after
 * its first word (the verb), or right after "أن". The count is that country's, not the DGSN's.
 */
export function foreignSubject(clause: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  const names = partnerNamesOf(catalogue);
  const afterThat = clause.findIndex((w) => wordIsAny(w, grammarWords.complementizers));
  for (const index of new Set([0, 1, ...(afterThat >= 0 ? [afterThat + 1] : [])])) {
    const word = clause[index];
    if (word && names.has(word.folded.replace(/^و(?=..)/u, ""))) return { start: word.start, end: word.end };
  }
  return undefined;
}

/** The one-word names of the partner countries and their capitals, folded ("اسبانيا", "باريس"). */
const partnerNamesOf = oncePer((catalogue: BreakdownCatalogue): Set<string> => {
  const partners = catalogue.breakdowns.filter((b) => b.id === "partner_country").flatMap((b) => b.categories);
  return new Set(partners.flatMap((c) => [...c.cues, ...(c.capitals ?? [])]).filter((name) => !name.includes(" ") && !/ي$/u.test(name)));
});

/** Words that send something to a place: "إلى إسبانيا". */
const towards = ["الي", "نحو"];

/** The partner countries' capitals, as phrases, with their country's code. */
export const partnerCapitals = oncePer((catalogue: BreakdownCatalogue): Array<{ code: string; phrase: Phrase }> =>
  catalogue.breakdowns.flatMap((b) => b.categories.flatMap((c) => (c.capitals ?? []).map((capital) => ({ code: c.code, phrase: cuePhrase(capital) })))),
);

/** The partner countries' capitals, as phrases, in partnerCapitals' order (one list per catalogue: phraseMatchAt indexes it once). */
export const capitalsOf = oncePer((catalogue: BreakdownCatalogue): Phrase[] => partnerCapitals(catalogue).map((c) => c.phrase));

/**
 * A partner country's capital the words place something in, with the locative "ب" ("المكتب المركزي الوطني
 * للأنتربول بالجزائر العاصمة عالج 1725 طلبا"): a body there is another country's.
 */
export function locatedAbroad(words: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  const capitals = capitalsOf(catalogue);
  // The locative written on the capital's name ("بالجزائر", "بمدريد"), not its first letter ("باريس").
  const locative = (word: Word, capital: Phrase) => capital[0]!.includes(word.folded.replace(/^و?ب(?:ال)?/u, ""));
  const index = words.findIndex((word, i) => /^و?ب/u.test(word.folded) && capitals.some((capital) => phraseAt(words, i, capital) && locative(word, capital)));
  return index < 0 ? undefined : { start: words[index]!.start, end: words[index]!.end };
}

/**
 * Whether the words send something to a foreign country: "إلى" then a partner_country category ("تسليم 210 أشخاص
 * إلى إسبانيا") or its capital ("سلم المغرب إلى واشنطن شخصا واحدا").
 */
export function sentAbroad(words: readonly Word[], catalogue: BreakdownCatalogue): boolean {
  return words.some(
    (word, index) =>
      wordIsAny(word, towards) &&
      (categoryStartingAt(words, index + 1, catalogue)?.breakdown === "partner_country" || phraseMatchAt(words, index + 1, capitalsOf(catalogue)) >= 0),
  );
}

/** "من جنسية", "من الجنسية", "يحملون الجنسية": the words that give the nationality of the persons counted. */
const ofNationalityWords = ["جنسيه"];

/** How many words after the number may name the counted persons' nationality: "شخصين من جنسية بلجيكية". */
const nationalityReach = 4;

/**
 * The nationality the words right after a count give its persons, when it is a partner country's ("تسليم شخصين
 * من جنسية بلجيكية إلى سلطات بلدهما"): they are a part of the count by nationality, not all of it.
 */
export function partnerNationality(after: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  const words = after.slice(0, nationalityReach);
  const index = words.findIndex((w) => wordIsAny(w, ofNationalityWords));
  if (index < 0) return undefined;
  const country = categoryStartingAt(after, index + 1, catalogue);
  return country?.breakdown === "partner_country" ? { start: words[index]!.start, end: country.end } : undefined;
}

/**
 * "مواطنا أردنيا واحدا"، "أجنبيين فرنسيين اثنين": one or two written after the noun and its nationality, as Arabic
 * puts them: a part of the count by nationality (the adjective indefinite, of any foreign country).
 */
export function nationalityBeforeOneOrTwo(mention: NumberMention, lead: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  if (mention.form !== "words" || mention.value > 2) return undefined;
  const adjective = lead.slice(-2).find((w, i, near) => !w.folded.startsWith("ال") && (wordIsAny(w, foreignNationalityForms) || categoryStartingAt(near, i, catalogue)?.breakdown === "partner_country"));
  return adjective && { start: adjective.start, end: adjective.end };
}

/** "من": the persons or things after a count come from a country ("64 إطارا أمنيا من مالي والنيجر"). */
const fromWords = ["من"];

/** How many words after "من" may name the country of origin: "من مالي والنيجر". */
const originReach = 3;

/** Participles whose "من" names who acts, not where the persons come from ("مطلوبين من الولايات المتحدة"). */
const agentParticiples = grammarWords.agent_participles;

/**
 * The partner countries the words right after a count give the things it counts as their nationality or origin: an
 * adjective right after the counted noun ("ثلاثة مواطنين ماليين"), or "من" and the countries after it and its
 * adjective ("64 إطارا أمنيا من مالي والنيجر"; "من بينهم مواطن فرنسي" names no origin), or countries it does not
 * name ("من دول إفريقية": 2, several). `countries` is how many.
 */
export function partnerOrigin(after: readonly Word[], catalogue: BreakdownCatalogue, nounInside = false): { start: number; end: number; countries: number } | undefined {
  // A dual holds its noun ("رعيتين سنغاليتين"): the adjective is the first word after it, not the second.
  const first = nounInside ? 0 : 1;
  if (after.length < first + 1) return undefined;
  // After a preposition ("عملية واحدة مع فرنسا") the country is a partner of the action, not an adjective.
  const adjective = !nounInside && wordIsAny(after[0]!, grammarWords.partner_markers) ? undefined : categoryStartingAt(after, first, catalogue);
  if (adjective?.breakdown === "partner_country") return { start: after[first]!.start, end: adjective.end, countries: 1 };
  // Or a nationality after the noun's own adjective ("120 إطارا أمنيا إيفواريا"), of a country the breakdown may not
  // list: indefinite as the noun is, right after it, not after a preposition or "و" (the adjective of another noun:
  // "أجنبيين تلاحقهما العدالة الأمريكية"، "أجنبيين مطلوبين للقضاء الأمريكي"، "(مع السلطات الإيطالية)"); "من" names
  // an origin, read below.
  const near = after.slice(0, nationalityAdjectiveReach);
  const stop = near.findIndex((w) => /^[وفبلك]/u.test(w.folded) || wordIsAny(w, grammarWords.partner_markers) || wordIsAny(w, fromWords));
  const nationality = near.slice(first, stop < 0 ? undefined : stop).find((w) => !w.folded.startsWith("ال") && wordIsAny(w, foreignNationalityForms));
  if (nationality) return { start: nationality.start, end: nationality.end, countries: 1 };
  for (const index of [first, first + 1]) {
    if (!after[index] || !wordIsAny(after[index]!, fromWords)) continue;
    if (after.slice(0, index).some((w) => wordIsAny(w, agentParticiples))) return undefined;
    // "من مالي والنيجر وبوركينا فاسو": the first country, and those the list adds with "و".
    const countries: CategoryMatch[] = [];
    for (let at = index + 1; at <= index + originReach && at < after.length; at++) {
      if (at > index + 1 && !after[at]!.folded.startsWith("و")) continue;
      const country = categoryStartingAt(after, at, catalogue);
      if (country?.breakdown === "partner_country") countries.push(country);
    }
    if (countries.length > 0) return { start: after[index]!.start, end: countries.at(-1)!.end, countries: new Set(countries.map((c) => c.code)).size };
    // "37 متدربا من دول إفريقية": countries not named, several of them.
    const several = after[index + 1];
    if (several && namesSeveralPartners([several])) return { start: after[index]!.start, end: several.end, countries: 2 };
  }
  return undefined;
}

/** How far after a count a participle of origin may stand: "310 من أطر وضباط الشرطة المنحدرين من 23 دولة". */
const originReachChars = 60;

/**
 * "310 من أطر وضباط الشرطة المنحدرين من 23 دولة إفريقية": a participle of origin (grammar-words origin_participles)
 * soon after the count on its line, "من", and countries (a number of them or several not named): persons from
 * other countries. Read on the sentence's words past the count's clause, which ends at "وضباط" and at the number of
 * countries (`wordFrom`: the sentence's word at or after an offset).
 */
export function originParticiple(text: string, mention: NumberMention, wordFrom: (offset: number) => Word | null): { start: number; end: number; countries: number } | undefined {
  const lineEnd = text.indexOf("\n", mention.end);
  const limit = Math.min(lineEnd < 0 ? text.length : lineEnd, mention.end + originReachChars);
  const words: Word[] = [];
  for (let word = wordFrom(mention.end); word && word.end <= limit; word = wordFrom(word.end)) words.push(word);
  const at = words.findIndex((w) => wordIsAny(w, grammarWords.origin_participles));
  if (at < 0 || !words[at + 1] || !wordIsAny(words[at + 1]!, fromWords)) return undefined;
  const countries = words[at + 2] && /^\p{Nd}+$/u.test(words[at + 2]!.folded) ? words[at + 3] : words[at + 2];
  return countries && grammarWords.country_nouns.includes(countries.folded) ? { start: words[at]!.start, end: countries.end, countries: 2 } : undefined;
}

const partnerBodies = grammarWords.partner_bodies.map(cuePhrase);

/** How many words after a count its persons' nationality may stand: the noun, its adjective, the nationality. */
const nationalityAdjectiveReach = 3;


/** An adjective of relation ("دولية", international) is no noun of several partners ("دول", countries). */
const nisba = /(?:ي|يه|يا|يين|يون|يات)$/u;

/** Whether words name several partners ("مع دول صديقة", "شركاء أوروبيين"; grammar-words several_partners), not "دولية". */
export const namesSeveralPartners = (words: readonly Word[]) => words.some((w) => wordIsAny(w, grammarWords.several_partners) && !nisba.test(w.folded));

/**
 * The first partner a clause names, a country ("دورات نظمتها وكالات أمريكية") or a body ("في إطار برنامج الشراكة مع
 * الاتحاد الأوروبي"): a count of an indicator reported by partner (one_partner_is_part) is then that partner's part.
 */
export function partnerNamed(words: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  if (namesSeveralPartners(words)) return undefined;
  const named: Array<{ partner: string; start: number; end: number }> = [];
  for (let index = 0; index < words.length; index++) {
    const country = categoryStartingAt(words, index, catalogue);
    if (country?.breakdown === "partner_country") named.push({ partner: country.code, start: country.start, end: country.end });
    const body = partnerBodies.find((phrase) => phraseAt(words, index, phrase));
    if (body) named.push({ partner: body.map((w) => w[0]).join(" "), start: words[index]!.start, end: words[index + body.length - 1]!.end });
  }
  // "مع إسبانيا وفرنسا": several partners, no one partner's part.
  return new Set(named.map((n) => n.partner)).size === 1 ? { start: named[0]!.start, end: named[0]!.end } : undefined;
}

/**
 * The partner country named right before a count that opens a parenthesis ("أغلبهم في إسبانيا (17) وفرنسا (9)",
 * "أغلبهم من إسبانيا (11 شخصا)"): the count is that country's part of the count before it.
 */
export function partnerBeforeParenthesis(text: string, mention: { start: number }, wordsBefore: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  const last = wordsBefore.length - 1;
  if (last < 0 || !/^\s*\(\s*$/u.test(text.slice(wordsBefore[last]!.end, mention.start))) return undefined;
  // A country's name may have two words ("الولايات المتحدة"): its cue starts one or two words back.
  for (const from of [last, last - 1]) {
    const country = from >= 0 ? categoryStartingAt(wordsBefore, from, catalogue) : undefined;
    if (country?.breakdown === "partner_country" && country.end === wordsBefore[last]!.end) return { start: country.start, end: country.end };
  }
  return undefined;
}

/** How far after a count "wanted" may stand: "3 أشخاص مبحوث عنهم", "شخصين مطلوبين". */
const wantedReach = 3;

/** How far after "wanted" the judiciary of one partner may stand: "مبحوث عنهم من طرف السلطات القضائية البلجيكية". */
const wantedByReach = 4;

/**
 * Persons "wanted by" one partner's judiciary or authorities ("3 أشخاص مبحوث عنهم من طرف القضاء الموريتاني"،
 * "شخصين مطلوبين للعدالة الفرنسية"): that partner's part of the persons counted. `nationality` is the adjective.
 */
export function wantedByOnePartner(after: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number; nationality: Word } | undefined {
  const wanted = after.slice(0, wantedReach).findIndex((w) => wordIsAny(w, grammarWords.wanted_participles));
  if (wanted < 0) return undefined;
  const body = after.slice(wanted + 1, wanted + 1 + wantedByReach).findIndex((w) => wordIsAny(w, grammarWords.judicial_bodies)) + wanted + 1;
  if (body <= wanted) return undefined;
  // The nationality right after the body, or after its own adjective ("السلطات القضائية البلجيكية"), never after a
  // preposition ("مطلوبين للقضاء في إسبانيا وبلجيكا": places, maybe several).
  const ownAdjective = after[body + 1]?.folded.startsWith("ال");
  for (const index of ownAdjective ? [body + 1, body + 2] : [body + 1]) {
    const word = after[index];
    if (word && (wordIsAny(word, foreignNationalityForms) || categoryStartingAt(after, index, catalogue)?.breakdown === "partner_country")) {
      return { start: after[wanted]!.start, end: word.end, nationality: word };
    }
  }
  return undefined;
}
