// Reads a text's tables row by row, as its sentences come: the header row that names the columns (periods, changes,
// labels; tables.ts), a second header row of parts, a column in percent, the row of words over the values, and where a
// table ends (a line that is no row of it, or an empty line). Each row of values comes out with what its columns hold.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { Span } from "./clauses.ts";
import { percentColumnsOf } from "./percent-columns.ts";
import type { TableRow } from "./table-cell.ts";
import { columnsInPartReport } from "./table-part.ts";
import { type Column, countCells, headerColumns, partsRow, tableCells, unclearColumns, yearLikeValues, yearPartsHeader } from "./tables.ts";
import type { Word } from "./words.ts";

export class TableReader {
  /** What each column of the table holds, when a header row named it. */
  private header: Column[] | null = null;
  /** Where the last table row ended (-1 after any other sentence). */
  private rowEnd = -1;
  /** Which cells of the table row above hold counts, when it was a data row. */
  private countsAbove: boolean[] | null = null;
  private percentColumns: ReadonlySet<number> | null = null;
  /** The table's last row with no number, its header: what its columns hold ("| نوع الجريمة | الإنابات | النسبة |"). */
  private headerLine: Span | null = null;

  constructor(
    private readonly text: string,
    private readonly words: readonly Word[],
    private readonly reference: string,
    private readonly phrases: PeriodPhrases,
  ) {}

  /** The row a sentence is, with what its columns hold; null for a sentence that is no table row, or a header row. */
  rowOf(sentence: Span, inSentence: readonly NumberMention[]): TableRow | null {
    const { text } = this;
    const cells = tableCells(text, sentence);
    // A second header row of parts in words under the years ("| | الأسدس الأول | الأسدس الثاني | …"): each column's part of its year.
    const yearParts = this.header && cells && inSentence.every((m) => m.kind === "year") ? yearPartsHeader(text, cells, this.header, this.phrases.parts) : null;
    if (yearParts) {
      [this.header, this.rowEnd, this.countsAbove] = [yearParts, sentence.end, null];
      return null;
    }
    const readAsHeader = cells && headerColumns(text, cells, this.phrases);
    const headerRow: Column[] | null = readAsHeader && !yearLikeValues(text, cells, readAsHeader, this.countsAbove) ? readAsHeader : null;
    this.countsAbove = cells && !headerRow ? countCells(text, cells) : null;
    const columns = headerRow && columnsInPartReport(text, this.words, cells![0]!, headerRow, this.reference, this.phrases);
    // A table ends at a line that is no row of it, or at an empty line ("</table>", masked, before the next paragraph).
    if (!cells || columns || (this.rowEnd >= 0 && /\n[^\S\n]*\n/u.test(text.slice(this.rowEnd, sentence.start)))) this.header = columns;
    // A second header row of parts under the years ("ن1 ن2 ن1 ن2"): the values' columns are not matched one to one.
    else if (this.header && partsRow(text, cells)) this.header = unclearColumns(cells.length + this.header.length);
    this.rowEnd = cells ? sentence.end : -1;
    // A header row of a column in percent ("| نوع القضايا | الحصة (%) |"), until the table ends: a row with no number.
    if (!cells) [this.percentColumns, this.headerLine] = [null, null];
    else if (inSentence.length === 0) this.percentColumns = percentColumnsOf(text, cells) ?? this.percentColumns;
    // A row of words, with no number but a year ("| نوع الجريمة | عدد الإنابات | التغير مقارنة بـ2022 |"), not a rule of dashes.
    if (cells && /\p{L}/u.test(text.slice(sentence.start, sentence.end)) && inSentence.every((m) => m.kind === "year")) this.headerLine = sentence;
    if (!cells || columns) return null;
    return { cells, columns: this.header, ...(this.percentColumns && { percentColumns: this.percentColumns }), ...(this.headerLine && { header: this.headerLine }) };
  }
}
