// A text on a local unit's results: its title names the unit ("أمن البيضاء يكشف حصيلة 2024"، "ولاية أمن فاس تقدم
// حصيلة 2024"). Its counts are the unit's (its services, its airport, "the competent services" of the city), not the
// national figures an indicator tracks, until a sentence names a national body or the nation's level ("وعلى الصعيد
// الوطني، …"، "المكتب المركزي الوطني"، "الحصيلة الوطنية للمديرية العامة"); from there they are the nation's, until a
// sentence opens on the unit again (its place, "الولاية", an airport or a port, "محليا"). In a sentence naming
// both, the first named decides.
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { cuePhrase, findPhrases, type PhraseMatch } from "./phrases.ts";
import { titleWords } from "./title-span.ts";
import { type Word, wordsWithin } from "./words.ts";
import { placeName, serviceAlone } from "./other-body.ts";

const placeUnits = grammarWords.place_units.map(cuePhrase);
/** What makes a title the nation's results: the national police, or the nation's level ("… من أصل 119 على الصعيد الوطني"). */
const titleNational = [...grammarWords.national_police, ...grammarWords.national_level].map(cuePhrase);
const nationalPhrases = [...grammarWords.national_police, ...grammarWords.national_bodies, ...grammarWords.national_level].map(cuePhrase);

const cities = grammarWords.unit_cities.map(cuePhrase);

/** A service named without the article, then a city (grammar-words unit_cities): "أمن البيضاء"، "شرطة طنجة" (not "الأمن الوطني", "شرطة بلا حدود"). */
function serviceOfCity(words: readonly Word[], index: number): PhraseMatch | undefined {
  const service = words[index]!;
  if (!serviceAlone(service)) return undefined;
  const city = findPhrases(words.slice(index + 1, index + 3), cities)[0];
  return city?.index === 0 ? { index, start: service.start, end: city.end } : undefined;
}

/**
 * The words naming the local unit whose results a title reports, folded, if any: the unit at the start of the title
 * or of one of its parts, acting ("أمن البيضاء يكشف حصيلة 2024"، "حصيلة 2022: أمن مراكش يسلم …"، "وجدة: ولاية الأمن
 * تستعرض …") or as a headline's topic ("أمن تطوان: 13 إنابة …"), or after "حصيلة" ("في حصيلة أمن طنجة لسنة 2024").
 * None in a title naming a national body or the country ("… والمغرب يستقدم 31 مطلوبا"), nor for a unit present in the
 * national results ("أمن طنجة حاضر بقوة في حصيلة التعاون الدولي"، "… وأمن فاس حاضر في الحصيلة").
 */
function titleLocalUnit(title: string | null): string[] | undefined {
  if (title === null) return undefined;
  const { normalised, words } = titleWords(title);
  if (findPhrases(words, titleNational).length > 0 || words.some((w) => wordIsAny(w, grammarWords.home_country))) return undefined;
  const gap = (i: number) => (i > 0 ? normalised.slice(words[i - 1]!.end, words[i]!.start) : "");
  for (let i = 0; i < words.length; i++) {
    // After "حصيلة", or a quoted epithet of it ("حصيلة «متواضعة» لمفوضية الشرطة"); or after the unit's head opening
    // the title or a part of it, quoting what the head said ("رئيس الأمن الإقليمي بالرشيدية: «…»").
    const quoted = (at: number) => /["«»“”]/u.test(gap(at));
    const results = i > 0 && (wordIsAny(words[i - 1]!, grammarWords.results_of_period) || (i > 1 && quoted(i) && wordIsAny(words[i - 2]!, grammarWords.results_of_period)));
    const head = i > 0 && wordIsAny(words[i - 1]!, grammarWords.unit_heads) && (i === 1 || /[:：|\-–—]|\.\./u.test(gap(i - 1)));
    if (i > 0 && !results && !head && !/[:：|\-–—]|\.\./u.test(gap(i))) continue;
    const named = unitAt(words, i);
    if (!named) continue;
    const next = words.findIndex((w) => w.start >= named.end);
    const acting = next >= 0 && (/^[يت]\p{L}{2,}$/u.test(words[next]!.folded) || /[:：]|\.\./u.test(gap(next)));
    const speaking = head && next >= 0 && /[:：][^\S\n]*["«“]/u.test(gap(next));
    if ((acting && !head) || results || speaking) return named.words;
  }
  return undefined;
}

/**
 * The words of a unit named at `index`, folded, its place last: by its place ("ولاية أمن فاس"; "وجدة: ولاية الأمن",
 * the place before), or a city's service ("أمن البيضاء").
 */
function unitAt(words: readonly Word[], index: number): { words: string[]; end: number } | undefined {
  const folded = (from: number, end: number) => words.filter((w) => w.start >= from && w.end <= end).map((w) => w.folded);
  const unit = findPhrases(words.slice(index), placeUnits)[0];
  if (unit?.index !== 0) {
    const service = serviceOfCity(words, index);
    return service && { words: folded(service.start, service.end), end: service.end };
  }
  const after = words.findIndex((w) => w.start >= unit.end);
  const city = after < 0 ? undefined : findPhrases(words.slice(after, after + 2), cities)[0];
  if (city?.index === 0) return { words: folded(unit.start, city.end), end: city.end };
  const before = index > 0 ? findPhrases(words.slice(0, index), cities)[0] : undefined;
  return before?.index === 0 ? { words: [...folded(unit.start, unit.end), ...folded(before.start, before.end)], end: unit.end } : undefined;
}

/**
 * Where the text names the unit its title reports on, for a reason to quote: the first place its words stand
 * together in the text, else its place ("كشفت ولاية أمن الدار البيضاء" under "أمن البيضاء …"); null when the text
 * names neither.
 */
function localReportIn(words: readonly Word[], unit: readonly string[] | undefined): PhraseMatch | null {
  if (!unit) return null;
  return findPhrases(words, [unit.map((word) => [word])])[0] ?? findPhrases(words, [[[unit.at(-1)!]]])[0] ?? null;
}

/**
 * Where a sentence's words first name a national body or the nation's level (its counts are the nation's), or -1;
 * not a body named as the channel of the unit's work ("تنفيذ 6 إنابات قضائية دولية أحيلت على المصالح الولائية عن طريق
 * المكتب المركزي الوطني").
 */
const nationNamedAt = (words: readonly Word[]): number =>
  findPhrases(words, nationalPhrases).find((m) => !(m.index > 0 && wordIsAny(words[m.index - 1]!, grammarWords.channel_words)))?.index ?? -1;

const localPhrases = [...grammarWords.place_units, ...grammarWords.unit_back_references, ...grammarWords.local_places, ...grammarWords.local_level].map(cuePhrase);

/** How many of a sentence's first words may name the unit it turns back to: "وعلى مستوى ولاية أمن طنجة، …". */
const openingReach = 8;

/**
 * Where a sentence opens on the unit, or -1: its place, "الولاية", an airport or a port, "محليا" among its first words;
 * or its place after "ب" before its first number, where what it counts was done ("أن عدد الإنابات القضائية المنفذة
 * بتطوان بلغ 31 إنابة"). Not a unit named later, as a part of a national count ("استفاد 285 موظف شرطة …، بينهم 12
 * إطارا من ولاية أمن فاس").
 */
function unitOpeningAt(words: readonly Word[], place: readonly string[]): number {
  const opening = words.slice(0, openingReach);
  const named = opening.findIndex((w) => wordIsAny(w, place));
  const phrase = findPhrases(opening, localPhrases)[0]?.index ?? -1;
  const firstNumber = words.findIndex((w) => /^\p{Nd}/u.test(w.folded));
  const done = words.slice(0, firstNumber < 0 ? words.length : firstNumber).findIndex((w) => /^و?ب/u.test(w.folded) && wordIsAny(w, place));
  const found = [named, phrase, done].filter((i) => i >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** What a text's title says of the local unit it reports on (see above). */
export interface LocalReport {
  /** The unit's place as the title names it ("تطوان" of "أمن تطوان"): a count its clause places there is the unit's (other-body.ts unitsPlace). */
  place: string | null;
  /** The unit (where the text names it) for each sentence in turn while the text reads as the unit's, null once it has turned to the nation's. */
  unitOf: (sentence: { start: number; end: number }) => PhraseMatch | null;
}

/** For a text whose title names a local unit, that unit sentence by sentence; for any other text, none. */
export function localReport(words: readonly Word[], title: string | null): LocalReport {
  const unit = titleLocalUnit(title);
  const named = localReportIn(words, unit);
  if (!unit || !named) return { place: null, unitOf: () => null };
  const place = [placeName(unit.at(-1)!)];
  let national = false;
  const unitOf = (sentence: { start: number; end: number }) => {
    // The first named decides: "تمكنت عناصر الشرطة القضائية بالعرائش من … كما نفذت 5 إنابات قضائية دولية وردت عليها
    // عبر المكتب المركزي الوطني" is the unit's.
    const within = wordsWithin(words, sentence.start, sentence.end);
    const [nationAt, unitOpensAt] = [nationNamedAt(within), unitOpeningAt(within, place)];
    if (unitOpensAt >= 0 && (nationAt < 0 || unitOpensAt < nationAt)) national = false;
    else if (nationAt >= 0) national = true;
    return national ? null : named;
  };
  return { place: place[0]!, unitOf };
}
