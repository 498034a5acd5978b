// One cell of the sheet of indicators by period: the figures the page shows for one indicator and period
// (reader/figures.ts), as a spreadsheet should hold them. One exact figure is a number, shown with the
// decimals it is written with, so that it sums and sorts. Anything else is text, in a notation that reads the
// same beside the labels of all three languages: the qualifier's mark first ("> 5000", "≈ 1700"), a change
// after the base it is measured against ("vs 2021: +24%"), one figure per line.
import { QUALIFIER_SIGN } from "../format.ts";
import { decimalsOf } from "../i18n/numbers.ts";
import type { ReaderObservation } from "../reader/data.ts";
import type { UnitKind } from "../reader/rounding.ts";

export type FigureCell = { value: number; numFmt: string } | { value: string };

/** The display format of an exact figure: grouped thousands (the reader's locale decides the separator), its own decimals. */
export function numberFormat(value: number): string {
  const decimals = decimalsOf(value);
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/**
 * A figure as text. A change carries its sign ("+24%"), a negative figure the minus sign U+2212; the text never
 * starts with "+" or "-", which a spreadsheet would take for a formula: a signed figure follows its base.
 */
function figureText(figure: ReaderObservation, unitKind: UnitKind): string {
  const sign = figure.value < 0 ? "\u2212" : figure.base_period !== null && figure.value > 0 ? "+" : "";
  const number = `${sign}${String(Math.abs(figure.value))}${unitKind === "percent" ? "%" : ""}`;
  const mark = QUALIFIER_SIGN[figure.qualifier];
  const qualified = mark ? `${mark} ${number}` : number;
  return figure.base_period === null ? qualified : `vs ${figure.base_period}: ${qualified}`;
}

/** The cell of `figures` (the distinct figures of one indicator, category and period, in the page's order). */
export function figureCell(figures: ReaderObservation[], unitKindOf: (unit: string) => UnitKind): FigureCell {
  const [only] = figures;
  if (figures.length === 1 && only !== undefined && only.qualifier === "" && only.base_period === null) {
    return { value: only.value, numFmt: numberFormat(only.value) };
  }
  return { value: figures.map((figure) => figureText(figure, unitKindOf(figure.unit))).join("\n") };
}
