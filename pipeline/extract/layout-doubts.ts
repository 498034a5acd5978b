// Figures whose layout leaves them in doubt, held back whatever their words read: a cell of a table copied one cell per
// line (stacked-table.ts), a table row naming a kind of what its label names, a number a doubled space may have split.
import type { NumberMention } from "../types/number-mention.ts";
import type { Extraction } from "./number-scope.ts";
import type { NumberScope } from "./scope.ts";
import type { TableRow } from "./table-cell.ts";

/** Why a value of a table copied one cell per line is held back (stacked-table.ts), if it is one. */
const stackedReason = (extraction: Extraction, mention: NumberMention) =>
  extraction.stacked.has(mention) ? "a cell of a table copied one cell per line: which of its columns (period or change) it stands in is not read" : undefined;

/**
 * Why a number of three digits right after one to three digits and a doubled space ("2  870 مذكرة") is held back, if it
 * is one: the two may be one number whose thousands a careless space split, or two; outside a table's row, whose
 * cells spaces separate.
 */
export const splitNumberDoubt = (text: string, mention: NumberMention, row: TableRow | null) =>
  row === null && /^[0-9٠-٩]{3}$/u.test(text.slice(mention.start, mention.end)) && /(?<![0-9٠-٩.,٫٬])[0-9٠-٩]{1,3} {2}$/u.test(text.slice(Math.max(0, mention.start - 6), mention.start))
    ? `it may end a number whose groups a doubled space split («${text.slice(text.lastIndexOf(" ", mention.start - 3) + 1, mention.end)}»), or be a number of its own`
    : undefined;

/** Why a figure of a table row that narrows its label after a colon ("موقوفون بالمغرب: مغاربة") is held back, if it is one. */
const narrowedReason = (scope: NumberScope) =>
  scope.table?.narrowed ? `its table row («${scope.table.narrowed}») names a kind of what the words before its colon name: a part of it, by a category the catalogue does not track` : undefined;

/** Why a figure's layout holds it back, if it does: a stacked table's cell, or a row narrowing its label. */
export const layoutDoubt = (extraction: Extraction, mention: NumberMention, scope: NumberScope): string | undefined => stackedReason(extraction, mention) ?? narrowedReason(scope);
