// Numbers the layout of a text shows are no figures: the number of an item of a list at the start of its line
// ("3- نشر وتعميم 84 أمرا …", "1. …", "٢) …"), and a dual adjective agreeing with the dual before it ("شخصين
// أجنبيين": two persons, foreign; one figure, not two).
import type { NumberMention } from "../types/number-mention.ts";

const listNumber = /^[ \t]*$/u;
const afterListNumber = /^\s?[.)\-–]\s/u;

/** Why a mention is set aside before the sentence is read, or undefined when it is read. */
function setAsideReason(text: string, mention: NumberMention, previous: NumberMention | undefined): string | undefined {
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  if (mention.kind === "number" && mention.form === "digits" && listNumber.test(text.slice(lineStart, mention.start)) && afterListNumber.test(text.slice(mention.end, mention.end + 3))) {
    return "the number of an item of a list, at the start of its line";
  }
  if (previous && mention.form === "dual" && previous.form === "dual" && text.slice(previous.end, mention.start).trim() === "") {
    return `a dual adjective agreeing with «${previous.text}» before it: one figure with it`;
  }
  return undefined;
}

/** The mentions of a sentence that its layout sets aside, with the reason. */
export function setAside(text: string, mentions: readonly NumberMention[]): Map<NumberMention, string> {
  const reasons = new Map<NumberMention, string>();
  mentions.forEach((mention, index) => {
    const reason = setAsideReason(text, mention, mentions[index - 1]);
    if (reason) reasons.set(mention, reason);
  });
  return reasons;
}
