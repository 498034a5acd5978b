// Whether a count is another body's or a local unit's figure, not the national one an indicator tracks: the
// Royal Gendarmerie, a foreign police, a security prefecture, the services of a port (grammar-words other_bodies,
// local_places).
import { wordIsAny } from "./cue-match.ts";
import { foreignNationalityForms, grammarWords, topicOpenerPhrases } from "./grammar-words.ts";
import { clauseBeforeAside } from "./antecedent-clauses.ts";
import { cuePhrase, findPhrases, type PhraseMatch, phraseAt } from "./phrases.ts";
import { listHeadingAbove } from "../text/list-items.ts";
import { lineAbove } from "../text/lines.ts";
import { type NumberScope, sentenceOpening } from "./scope.ts";
import type { Word } from "./words.ts";

/** A security body and a foreign nationality right after it ("الشرطة الأردنية", "وزارة الداخلية القطرية"), feminine or not. */
const foreignBodies = grammarWords.security_bodies.map((body) => [...cuePhrase(body), foreignNationalityForms]);
const otherBodies = [...grammarWords.other_bodies.map(cuePhrase), ...foreignBodies];
const nationalLevel = grammarWords.national_level.map(cuePhrase);

/** Whether words say a figure is the nation's: "على الصعيد الوطني", "على المستوى الوطني". */
export const namesNationalLevel = (words: readonly Word[]) => findPhrases(words, nationalLevel).length > 0;

/**
 * The name of another body or of a local unit acting in the number's sentence up to its clause's end ("ونفذت
 * مصالح الدرك الملكي 45 إنابة", "ولاية أمن طنجة سلمت … 14 مواطنا أجنبيا", the services of a port), if any; a partner of the action
 * ("بتنسيق مع الشرطة الإسبانية") is not one.
 */
export function otherBody(scope: NumberScope): PhraseMatch | undefined {
  // "| المؤشر | على الصعيد الوطني | ولاية أمن مراكش |": the header of a cell's column says whose figure it is.
  const columnHeader = scope.table?.columnHeader;
  if (columnHeader && !namesNationalLevel(columnHeader)) {
    const owner = bodyNamed(columnHeader) ?? localPlace(columnHeader);
    if (owner) return owner;
  }
  // "جدول 2: ولاية أمن الدار البيضاء" over a table: its caption says whose figures its rows are.
  const title = scope.table?.title;
  if (title && !namesNationalLevel(title)) {
    const owner = bodyNamed(title) ?? localPlace(title);
    if (owner) return owner;
  }
  // "…، في وقت عممت فيه المديرية على الصعيد الوطني 1265 مذكرة": the clause says the figure is the nation's (not
  // after the number: "6 آلاف و812 مبحوثا عنهم على الصعيد الوطني" are persons wanted nationwide).
  if (namesNationalLevel(scope.before)) return undefined;
  // "«منهم 23 شخصا أوقفوا بناء على معطيات وفرتها مصالح ولاية أمن العيون وحدها»، مقارنة مع 131 موقوفا على الصعيد
  // الوطني": the nation's level after it sets a count apart from a body the sentence named before it.
  const nationalAfter = nationOfCount(scope.after);
  const words = [...(nationalAfter ? [] : scope.earlier), ...scope.before, ...scope.after];
  const named = bodyNamed(words);
  // "أعلنت إدارة الجمارك حجز 71 طنا …، فيما نفذ الأمن الوطني عمليتي تسليم مراقب": the national police named after the
  // other body, before the number, is who acts on it.
  const nationActsLater = named !== undefined && nationalNamedBetween(words, named.index + 1, words.length - scope.after.length);
  return (nationActsLater ? undefined : named) ?? actingBefore(scope) ?? worldwide(scope) ?? localPlace(words) ?? localUnitSubject(scope.before) ?? placeOfAction(scope) ?? cityOfAction(scope) ?? unitsPlace(scope) ?? bodyOverList(scope) ?? scope.localUnit ?? undefined;
}

const nationalNames = [...grammarWords.national_police, ...grammarWords.national_bodies].map(cuePhrase);

/**
 * Whether the national police is named in words [from, to) as the subject of a clause a conjunction joins ("فيما نفذ
 * الأمن الوطني", "بينما عالجت المديرية": the conjunction, its verb, then the name) or a reported clause opens on
 * ("أفادت المحكمة بأن المديرية العامة للأمن الوطني أوقفت").
 */
function nationalNamedBetween(words: readonly Word[], from: number, to: number): boolean {
  const between = words.slice(from, to);
  const subject = (m: PhraseMatch) => (m.index >= 2 && wordIsAny(between[m.index - 2]!, grammarWords.joining_conjunctions)) || (m.index >= 1 && grammarWords.complementizers.includes(between[m.index - 1]!.folded));
  // Not a directorate of another body ("بأن مديرية الشؤون الجنائية والعفو", the justice ministry's; "المديرية العامة للوقاية المدنية").
  const ofOtherBody = (m: PhraseMatch) => findPhrases(between.slice(m.index, m.index + nameReach), otherBodies).length > 0;
  return findPhrases(between, nationalNames).some((m) => subject(m) && !ofOtherBody(m));
}

/** How many words from a national name another body's name may make it that body's directorate: "المديرية العامة للوقاية المدنية". */
const nameReach = 5;

/**
 * Another body the words name, not as a partner of the action nor as a medium ("بتنسيق مع الشرطة الإسبانية"), nor as
 * a headline's words ("تحت عنوان \"شرطة الحدود المفتوحة\"").
 */
const bodyNamed = (words: readonly Word[]) => findPhrases(words, otherBodies).find((m) => !afterPartnerMarker(words, m.index) && !ofTheMedia(words, m.index) && !inTitle(words, m.index));

/** Whether the word right before a body's name is a title's or a slogan's noun (grammar-words title_nouns). */
const inTitle = (words: readonly Word[], index: number) => index > 0 && wordIsAny(words[index - 1]!, grammarWords.title_nouns);

/**
 * Another body or a local unit named after a share, as the owner of what it is a share of ("نحو 60 في المائة من
 * طلبات التعاون التي عالجتها ولاية أمن طنجة"); a partner of the action is not one.
 */
export function ownerAfter(scope: NumberScope): PhraseMatch | undefined {
  return bodyNamed(scope.after) ?? localPlace(scope.after);
}

/**
 * Whether the words after a number say its count is the nation's: the nation's level, not right after a participle
 * it qualifies ("47 شخصا مبحوثا عنهم على الصعيد الوطني" are persons wanted nationwide, whoever arrested them).
 */
function nationOfCount(after: readonly Word[]): boolean {
  const found = findPhrases(after, nationalLevel)[0];
  if (!found) return false;
  const before = after.slice(0, found.index).filter((w) => !/^(?:عن(?:هم|ه|ها)|علي|في)$/u.test(w.folded)).at(-1);
  return !(before !== undefined && wordIsAny(before, grammarWords.agent_participles));
}

/** "الصحف الجهوية": a regional adjective right after a noun of the press qualifies the outlets, not a body. */
const ofTheMedia = (words: readonly Word[], index: number) => index > 0 && wordIsAny(words[index - 1]!, grammarWords.media_nouns);

/** How many items of a list a heading above them may stand over. */
const listReach = 20;

/**
 * The other body a list's heading names, for a number on an item of the list under it ("المكتب المركزي للأبحاث
 * القضائية (BCIJ)⏎- خلايا إرهابية مفككة: 12⏎- أشخاص موقوفون في قضايا الإرهاب: 103"): the heading is the line right
 * above the items, short and without a number.
 */
function bodyOverList(scope: NumberScope): PhraseMatch | undefined {
  const above = listHeadingAbove(scope.text, scope.mention.start, listReach);
  // One empty line may stand between the heading and its items ("وعلى صعيد ولاية أمن أكادير:⏎⏎- الموقوفون …: 7").
  const heading = above && scope.text.slice(above.start, above.end).trim() === "" ? lineAbove(scope.text, above.start) : above;
  if (!heading) return undefined;
  const line = scope.text.slice(heading.start, heading.end);
  if (line.trim() === "" || line.length > headingLength || /\p{N}/u.test(line)) return undefined;
  return findPhrases(scope.wordsIn(heading.start, heading.end), otherBodies)[0];
}

/** The longest line a list's heading may be. */
const headingLength = 80;

/** How many words before a body's name a partner marker makes it a partner of the action: "بتنسيق مع الشرطة الإسبانية". */
const partnerReach = 3;

/** Whether a partner marker ("مع", "لفائدة") stands among the few words before `index`, and no "that" between ("إلى أن الدرك": the reporting verb's). */
function afterPartnerMarker(words: readonly Word[], index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - partnerReach); k--) {
    if (grammarWords.complementizers.includes(words[k]!.folded)) return false;
    if (wordIsAny(words[k]!, grammarWords.partner_markers) && !grammarWords.partner_marker_homographs.includes(words[k]!.folded)) return !heldBy(words, k);
  }
  return false;
}

/** "٣٧ موقوفا لدى الدرك الملكي": "لدى" after persons arrested names who holds them, not a partner. */
const heldBy = (words: readonly Word[], marker: number) => words[marker]!.folded === "لدي" && marker > 0 && grammarWords.held_participles.includes(words[marker - 1]!.folded);

const bodiesActingBefore = grammarWords.bodies_acting_before.map(cuePhrase);

const worldwidePhrases = grammarWords.worldwide.map(cuePhrase);

/** How many words after the number "worldwide" may stand in its clause: "زهاء 1700 شخص مطلوب عبر العالم". */
const worldwideReach = 4;

/** "worldwide" right after the number's noun ("1700 شخص مطلوب عبر العالم"; not "بتنسيق مع نظرائه عبر العالم", a partner): the world's count. */
function worldwide(scope: NumberScope): PhraseMatch | undefined {
  const after = scope.after.slice(0, worldwideReach + 2);
  return findPhrases(after, worldwidePhrases).find((m) => m.index <= worldwideReach && !afterPartnerMarker(after, m.index));
}

/** How far into its sentence a body acting before the number may be named: after its verb ("ونسقت الأمانة العامة"). */
const actingReach = 2;

/**
 * A body that is another's when it opens the sentence as the subject of its verb ("ونسقت الأمانة العامة، خلال السنة
 * نفسها، 47 عملية") and the DGSN's partner when it is named later ("عمليات … نسقتها الأمانة العامة للأنتربول"،
 * "بتنسيق مع الأمانة العامة").
 */
function actingBefore(scope: NumberScope): PhraseMatch | undefined {
  return findPhrases(sentenceOpening(scope).slice(0, actingReach + 2), bodiesActingBefore).find((m) => m.index <= actingReach);
}

const placeUnits = grammarWords.place_units.map(cuePhrase);
/** A place as a unit's name has it, without "ب" before its article: "المنطقة الإقليمية للأمن بالعرائش" → "العرائش". */
export const placeName = (folded: string): string => folded.replace(/^و?ب(?=ال)/u, "");

/** The places a text names its local units by ("ولاية أمن الدار البيضاء" → "الدار"): the word after a place_units phrase. */
export function unitPlaces(words: readonly Word[]): Set<string> {
  const wordAfter = (m: PhraseMatch) => words.find((w, i) => i > m.index && w.start >= m.end);
  return new Set(findPhrases(words, placeUnits).flatMap((m) => wordAfter(m)?.folded ?? []).map(placeName));
}

/** "ومن بين الموقوفين بالدار البيضاء 6 أجانب": the clause says its count was made at a place the text names a local unit by. */
function unitsPlace(scope: NumberScope): PhraseMatch | undefined {
  const headline = placeHeadline(scope);
  if (headline || scope.unitPlaces.size === 0) return headline;
  const words = [...scope.before, ...scope.after];
  const places = scope.unitPlaces;
  const at = (w: Word, i: number) => (w.folded.startsWith("ب") && places.has(w.folded.slice(1))) || (w.folded.startsWith("وب") && places.has(w.folded.slice(2))) || (i > 0 && words[i - 1]!.folded === "في" && places.has(w.folded));
  // "فرقة مكافحة سرقة السيارات التابعة للولاية": the prefecture the text named, said again.
  const again = (w: Word) => grammarWords.unit_back_references.includes(w.folded);
  const index = words.findIndex((w, i) => at(w, i) || again(w));
  return index < 0 ? undefined : { index, start: words[index]!.start, end: words[index]!.end };
}

/** A security service named without the article, as a city's is ("أمن الرباط"، "شرطة طنجة"), not "الأمن الوطني". */
export const serviceAlone = (word: Word): boolean => !word.folded.startsWith("ال") && wordIsAny(word, grammarWords.place_services);

/** A service named without the article, then a place that is no adjective: "أمن الرباط"، "شرطة طنجة" (not "الأمن الوطني", "أمن دولي"). */
const cityService = (service: Word, place: Word) => serviceAlone(service) && !/(?:ي|يه)$/u.test(place.folded);

/** How many words a headline's place may have before its colon or two dots: "مطار مراكش المنارة..". */
const headlinePlaceWords = 4;

/**
 * A line opening on a local place, set off by a colon or two dots: a place the text names a local unit by ("العيون..
 * 3 موقوفين مطلوبين دوليا"، "تطوان: … وتوقيف 9 مطلوبين دوليا"), a port or an airport ("مطار مراكش المنارة.. 7
 * مبحوثين دوليا") or a city's security ("أمن الرباط.. 19 إنابة قضائية دولية"; not "الأمن الوطني"): a headline of
 * that place's counts.
 */
function placeHeadline(scope: NumberScope): PhraseMatch | undefined {
  const lineStart = scope.text.lastIndexOf("\n", scope.mention.start - 1) + 1;
  // A colon or two dots before the number on its line, found in the text before reading the line's words (also when
  // its two dots end a sentence: "مطار مراكش المنارة.. 7 مبحوثين").
  if (!/[:：]|\.\./u.test(scope.text.slice(lineStart, scope.mention.start))) return servicesVerbHeadline(scope, lineStart);
  const words = scope.wordsIn(lineStart, scope.mention.start);
  const first = words[0];
  if (!first || first.start - lineStart > 2) return undefined;
  const place = words.slice(0, headlinePlaceWords);
  const mark = place.findIndex((w) => /^\s*(?:[:：]|\.\.)/u.test(scope.text.slice(w.end, w.end + 4)));
  if (mark < 0) return undefined;
  const named = place.slice(0, mark + 1);
  // A service named without the article, then its place: "أمن الرباط"، "شرطة طنجة" (not "الأمن الوطني", nor a
  // section's label: "أمن دولي.."، "أمن | حصيلة 2018:").
  const spanText = scope.text.slice(first.start, named.at(-1)!.end);
  const serviceOf = named[1];
  const service = serviceOf !== undefined && cityService(first, serviceOf) && !/[|\p{N}]/u.test(spanText);
  const local = scope.unitPlaces.has(first.folded) || named.some((w) => wordIsAny(w, grammarWords.local_places)) || service;
  return local ? { index: 0, start: first.start, end: named.at(-1)!.end } : undefined;
}

/** How long a headline's line may be. */
const headlineLength = 120;

/**
 * A short line opening on a city's service and a verb in the present ("أمن فاس يوقف 5 مبحوث عنهم دوليا خلال 2016"):
 * the headline of that service's counts (not "الأمن الوطني", nor "أمن دولي").
 */
function servicesVerbHeadline(scope: NumberScope, lineStart: number): PhraseMatch | undefined {
  const lineEnd = scope.text.indexOf("\n", scope.mention.end);
  if ((lineEnd < 0 ? scope.text.length : lineEnd) - lineStart > headlineLength) return undefined;
  const [service, place, verb] = scope.wordsIn(lineStart, scope.mention.start);
  if (!service || !place || !verb || service.start - lineStart > 2) return undefined;
  const ofPlace = cityService(service, place) && !place.folded.startsWith("ال") && !/\p{N}/u.test(place.folded);
  return ofPlace && /^[يت]/u.test(verb.folded) ? { index: 0, start: service.start, end: place.end } : undefined;
}

/** "مشيرا إلى أن الإقليم تلقى خلال الفترة نفسها 7 إنابات": a local unit as the subject right after "that" in the count's clause. */
function localUnitSubject(before: readonly Word[]): PhraseMatch | undefined {
  const index = before.findIndex((w, i) => i > 0 && grammarWords.complementizers.includes(before[i - 1]!.folded) && wordIsAny(w, grammarWords.local_unit_subjects));
  return index < 0 ? undefined : { index, start: before[index]!.start, end: before[index]!.end };
}

/** "المصالح الأمنية بميناء طنجة المتوسط": the services of a port or an airport (grammar-words local_places). */
function localPlace(words: readonly Word[]): PhraseMatch | undefined {
  // Or a topic opened on the place: "وعلى مستوى ميناء بني انصار، تم … حجز 31 سيارة مسروقة".
  const topic = (i: number) => topicOpenerPhrases.some((phrase) => i >= phrase.length && phraseAt(words, i - phrase.length, phrase));
  const index = words.findIndex((w, i) => i > 0 && wordIsAny(w, grammarWords.local_places) && (wordIsAny(words[i - 1]!, grammarWords.place_services) || topic(i)));
  if (index < 0) return undefined;
  const from = index - 1;
  return { index: from, start: words[from]!.start, end: words[index]!.end };
}

/**
 * The named port or airport where the clause's action took place: "وتم بمطار طنجة … توقيف 9 أشخاص", "في ميناء
 * طنجة المتوسط", "كما جرى عبر مطار وجدة-أنجاد الدولي تسليم 3 …" (not airports at large: "جاثمة في المطارات").
 */
function placeOfAction(scope: NumberScope): PhraseMatch | undefined {
  // Not past a part of the count ("92 مطلوبا … بينهم موقوفون بميناء بني أنصار"): the place is the part's.
  const part = scope.after.findIndex((w) => wordIsAny(w, grammarWords.part_markers));
  const words = [...actionWordsBefore(scope), ...(part < 0 ? scope.after : scope.after.slice(0, part))];
  // "بمطار طنجة", "في ميناء طنجة"; "عبر مطار وجدة" before the number (after it, the way its part came: "3 من أصل 9
  // أشخاص … استقدموا من إسبانيا عبر ميناء طنجة").
  const through = (w: Word, i: number) => i > 0 && words[i - 1]!.folded === "عبر" && w.end <= scope.mention.start;
  const named = (w: Word, i: number) => (/^و?ب(?!ال)/u.test(w.folded) || (i > 0 && words[i - 1]!.folded === "في" && !w.folded.startsWith("ال")) || through(w, i)) && words[i + 1] !== undefined;
  // On the number's line: a video script's scene line above it ("[لقطات … في مطار محمد الخامس]") is no place of its action.
  const sameLine = (w: Word) => !scope.text.slice(Math.min(w.end, scope.mention.end), Math.max(w.start, scope.mention.start)).includes("\n");
  // "بموانئ المملكة": all of the country's, no local unit.
  const national = (i: number) => words[i + 1] !== undefined && wordIsAny(words[i + 1]!, grammarWords.home_country);
  const index = words.findIndex((w, i) => wordIsAny(w, grammarWords.local_places) && named(w, i) && sameLine(w) && !national(i));
  return index < 0 ? undefined : { index, start: words[index]!.start, end: words[index + 1]!.end };
}

/** How many words into its sentence the place of a count's action may be named: "وبمدينة الدار البيضاء،". */
const openingReach = 4;

/**
 * The words before the number that may name where its action took place: its clause's (the verb's clause before an
 * aside too), or the sentence's opening words ("وبمدينة مكناس، …"، "وبميناء طنجة المتوسط وحده، ضبطت عناصر الشرطة 39
 * سيارة مسروقة"); not a part's place earlier in the sentence ("أوقف 5 منهم بمدينة طنجة …، فيما أوقف 20 مواطنا مغربيا").
 */
function actionWordsBefore(scope: NumberScope): Word[] {
  const opening = sentenceOpening(scope).slice(0, openingReach);
  return [...opening, ...clauseBeforeAside(scope), ...scope.before].filter((w, i, all) => w.end <= scope.mention.start && all.indexOf(w) === i);
}

/** The cities of grammar-words unit_cities, as phrases; the capital's is left out: the national bureau sits there ("أنتربول الرباط"). */
const localCities = grammarWords.unit_cities.filter((city) => city !== "رباط").map(cuePhrase);

/**
 * A Moroccan city the count's clause, or its sentence before it, says the action took place in, by the noun "مدينة":
 * "وبمدينة مكناس، حجزت المصالح الأمنية 9 سيارات مسروقة" is the city's count, not the nation's.
 */
function cityOfAction(scope: NumberScope): PhraseMatch | undefined {
  const words = actionWordsBefore(scope);
  for (const [i, word] of words.entries()) {
    const city = /^و?ب?مدين[ةه]$/u.test(word.folded) && (word.folded.includes("ب") || /^و?في$/u.test(words[i - 1]?.folded ?? "")) ? findPhrases(words.slice(i + 1, i + 4), localCities)[0] : undefined;
    if (city?.index === 0) return { index: i, start: word.start, end: city.end };
  }
  return cityOpening(scope);
}

/**
 * A city set off by a comma at the sentence's opening, with "ب" on it ("وبالعيون، أوقفت المصالح الأمنية ٤ أشخاص"):
 * where the sentence's action took place, as "وبمدينة العيون،" says it.
 */
function cityOpening(scope: NumberScope): PhraseMatch | undefined {
  const opening = sentenceOpening(scope).slice(0, cityOpeningWords + 1);
  if (!opening[0] || !/^و?ب/u.test(opening[0].folded)) return undefined;
  const city = findPhrases(opening, localCities)[0];
  const setOff = city !== undefined && city.index === 0 && city.end <= scope.mention.start && /^[^\S\n]*[،,]/u.test(scope.text.slice(city.end, city.end + 3));
  return setOff ? city : undefined;
}

/** How many words a city's name set off at a sentence's opening may have: "وبالدار البيضاء،". */
const cityOpeningWords = 2;

/** The words a count held back as another body's starts its reason with (read-source.ts looks for it). */
export const otherBodyReason = "a figure of another body or of a local unit";

const sameBodies = grammarWords.same_body.map(cuePhrase);

/**
 * "the same services" in the sentence before the number, after a sentence that gave another body's or a local unit's
 * counts ("… بأن عناصر شرطة الحدود بالميناء أوقفت … تسعة أشخاص … وأضاف المسؤول أن المصالح ذاتها حجزت 12 سيارة"): that body.
 */
export function sameBodyAsBefore(scope: NumberScope): PhraseMatch | undefined {
  return scope.bodyBefore ? findPhrases([...scope.earlier, ...scope.before], sameBodies)[0] : undefined;
}

/**
 * Another body named right after a verb of reporting in the sentence before a share ("وأشارت الشرطة البلجيكية إلى
 * أن المغرب … إذ تمثل طلباته 12 في المائة من مجموع طلبات التعاون الواردة عليها"): the share is that body's
 * statistic. A body named as the share's partner ("وتستأثر الشرطة البلجيكية بنحو 7 في المائة") is no source.
 */
export function reportingBody(scope: NumberScope): PhraseMatch | undefined {
  const words = [...scope.earlier, ...scope.before];
  const reported = (index: number) => words.slice(Math.max(0, index - 2), index).some((w) => wordIsAny(w, grammarWords.reporting));
  return findPhrases(words, otherBodies).find((m) => reported(m.index));
}
