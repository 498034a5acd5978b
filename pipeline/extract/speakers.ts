// A transcript's speaker labels after a timestamp ("[00:01:11] سلمى: 35 شخص"): a name is no word of what is said.
// "سلمى" read as a word would be a form of "سلم" (handed over) and decide a count's indicator.
import { wordIsAny } from "./cue-match.ts";
import type { Word } from "./words.ts";

/**
 * A timestamp opening a line, then a speaker's name of one or two words and a colon ("[00:01:11] سلمى:", "00:52
 * كريم:"); not a topic after a dash ("14:15:20 - المطلوبون دوليا: توقيف 81 شخصا"), nor a video's chapter, a
 * definite noun where a speaker has a name ("07:05 السيارات المسروقة: 1406 ملفات") or opening on a noun an
 * indicator counts ("03:30 مذكرات البحث: 2560 مذكرة"), whose words are read.
 */
const timestampedLabel = /^[^\S\n]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[^\S\n]+(?!ال|لل)(\p{L}+(?:[^\S\n]\p{L}+)?)[^\S\n]*[:：]/gmu;

/** The words of a text without those of its timestamped speaker labels; the same array when it has none. `catalogued`: the nouns indicators count. */
export function withoutSpeakerLabels(text: string, words: Word[], catalogued: readonly string[]): Word[] {
  const labels = [...text.matchAll(timestampedLabel)].map((m) => ({ start: m.index + m[0].lastIndexOf(m[1]!), end: m.index + m[0].length - 1 }));
  if (labels.length === 0) return words;
  // Each word with the label it stands in, if any (labels and words both in text order).
  const labelOf: (number | undefined)[] = [];
  let next = 0;
  for (const w of words) {
    while (next < labels.length && labels[next]!.end <= w.start) next++;
    const label = labels[next];
    labelOf.push(label && w.start >= label.start && w.end <= label.end ? next : undefined);
  }
  // A label opening on a counted noun; not a speaker's role after another word ("عدة طلبة:", several students).
  const topics = new Set(labelOf.filter((label, i) => label !== undefined && labelOf[i - 1] !== label && wordIsAny(words[i]!, catalogued)));
  return words.filter((_, i) => labelOf[i] === undefined || topics.has(labelOf[i]));
}
