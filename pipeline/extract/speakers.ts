// A transcript's speaker labels after a timestamp ("[00:01:11] سلمى: 35 شخص"): a name is no word of what is said.
// "سلمى" read as a word would be a form of "سلم" (handed over) and decide a count's indicator.
import type { Word } from "./words.ts";

/**
 * A timestamp opening a line, then a speaker's name of one or two words and a colon ("[00:01:11] سلمى:", "00:52
 * كريم:"); not a topic after a dash ("14:15:20 - المطلوبون دوليا: توقيف 81 شخصا"), whose words are read.
 */
const timestampedLabel = /^[^\S\n]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[^\S\n]+(\p{L}+(?:[^\S\n]\p{L}+)?)[^\S\n]*[:：]/gmu;

/** The words of a text without those of its timestamped speaker labels; the same array when it has none. */
export function withoutSpeakerLabels(text: string, words: Word[]): Word[] {
  const labels = [...text.matchAll(timestampedLabel)].map((m) => ({ start: m.index + m[0].lastIndexOf(m[1]!), end: m.index + m[0].length - 1 }));
  if (labels.length === 0) return words;
  let next = 0;
  return words.filter((w) => {
    while (next < labels.length && labels[next]!.end <= w.start) next++;
    const label = labels[next];
    return !(label && w.start >= label.start && w.end <= label.end);
  });
}
