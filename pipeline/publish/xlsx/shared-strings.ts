/**
 * The workbook's shared string table (xl/sharedStrings.xml), in place of exceljs's own for streaming.
 *
 * exceljs keeps the table in a plain object keyed by the strings, which makes V8 copy every distinct string
 * into its table of property names, then renders the whole part as one string at the end: at 10,000
 * articles that was about 370 MB more than writing inline strings. Here a Map keeps references to the cells'
 * own strings, and the part is written string by string with backpressure. Its `count` is the number of
 * references, as the standard defines it and exceljs's in-memory writer writes it (its streaming writer
 * writes the number of distinct strings).
 */
import { once } from "node:events";
import type { PassThrough } from "node:stream";

/** The part a writer appends to the zip: exceljs writes into it, the zip reads `readable`. */
export interface Part {
  readonly readable: PassThrough;
  write(chunk: string): boolean;
  end(): void;
}

/** What exceljs's cell writer calls: `add` returns the index a cell refers to. */
export class SharedStringTable {
  readonly values: unknown[] = [];
  totalRefs = 0;
  private readonly indexes = new Map<unknown, number>();

  get count(): number {
    return this.values.length;
  }

  add(value: unknown): number {
    this.totalRefs++;
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.indexes.set(value, index);
      this.values.push(value);
    }
    return index;
  }

  getString(index: number): unknown {
    return this.values[index];
  }
}

/** Strings rendered between two waits for the zip to take them. */
const STRINGS_PER_WAIT = 1024;

/** Writes `table` into `part` as xl/sharedStrings.xml, each string rendered by exceljs (`<si><t>…</t></si>`). */
export async function writeSharedStrings(table: SharedStringTable, part: Part, renderString: (value: unknown) => string): Promise<void> {
  part.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  part.write(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${table.totalRefs}" uniqueCount="${table.count}">`);
  for (let index = 0; index < table.values.length; index++) {
    part.write(renderString(table.values[index]));
    if (index % STRINGS_PER_WAIT === STRINGS_PER_WAIT - 1 && part.readable.writableNeedDrain) await once(part.readable, "drain");
  }
  part.write("</sst>");
  part.end();
}
