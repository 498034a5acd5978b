// A correction notice withdraws a figure the article printed ("تصحيح: ورد في نسخة سابقة من هذا الخبر أن عدد
// الإنابات القضائية الدولية بلغ ٩٥ إنابة، والصحيح ٥٩ إنابة"): the same figure where the article's body still prints it
// ("تابع تنفيذ ٩٥ إنابة قضائية دولية") is the erratum too, not a second source of it.
import type { NumberMention } from "../types/number-mention.ts";
import type { Outcome } from "./reading.ts";

/**
 * A figure a correction withdrew: its value and indicator, and the notice's words. Not its period: the notice's
 * own date may stand in its sentence ("تصحيح (١٧ يوليو ٢٠١٩): … بلغ ٩٥ إنابة، والصحيح ٥٩"), and one value of one
 * indicator is the erratum wherever the text prints it.
 */
export interface RetractedFigure {
  value: number;
  indicatorId: string;
  notice: string;
}

/** Withdraws, everywhere in the text, the figures a correction notice withdrew (same value and indicator). */
export function withdrawRetracted(outcomes: Map<NumberMention, Outcome>, retracted: readonly RetractedFigure[]): void {
  if (retracted.length === 0) return;
  for (const [mention, outcome] of outcomes) {
    if (!("reading" in outcome) || outcome.reading.status !== "figure") continue;
    const { indicator } = outcome.reading;
    const notice = retracted.find((r) => r.value === mention.value && r.indicatorId === indicator.id);
    if (notice) outcomes.set(mention, { status: "ignored", reason: `withdrawn by the text's own correction ("${notice.notice}" …), which names this figure as an error` });
  }
}
