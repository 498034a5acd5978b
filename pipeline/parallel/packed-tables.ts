// The tables as the workbook's worker thread receives them. Posted as they are, every string of every cell
// would arrive as a copy of its own (at 10,000 articles, the mentions table repeats each source id, status and
// reason in thousands of rows), and all of it at once: packed, each table's columns are named once and each
// distinct string is sent once, the cells pointing to it. Unpacked, the rows are the same values, keys in the
// same order.
import type { Cell, Row, Table, Tables } from "../publish/tables.ts";

type PackedTable =
  | { schema: Table["schema"]; columns: string[]; rows: number; cells: Array<Exclude<Cell, string>>; strings: Int32Array }
  /** A table whose rows do not all have the same keys in the same order goes as it is. */
  | { schema: Table["schema"]; rows: Row[] };

export interface PackedTables {
  strings: string[];
  tables: Record<string, PackedTable>;
}

const sameKeys = (row: Row, columns: readonly string[]) => {
  const keys = Object.keys(row);
  return keys.length === columns.length && keys.every((key, i) => key === columns[i]);
};

export function packTables(tables: Tables): PackedTables {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const packed: Record<string, PackedTable> = {};
  for (const [name, table] of Object.entries(tables) as Array<[string, Table]>) {
    const columns = table.rows.length > 0 ? Object.keys(table.rows[0]!) : [];
    if (!table.rows.every((row) => sameKeys(row, columns))) {
      packed[name] = { schema: table.schema, rows: table.rows };
      continue;
    }
    const cells: Array<Exclude<Cell, string>> = new Array(table.rows.length * columns.length).fill(null);
    const stringAt = new Int32Array(cells.length).fill(-1);
    let at = 0;
    for (const row of table.rows) {
      for (const column of columns) {
        const cell = row[column]!;
        if (typeof cell === "string") {
          let index = indexOf.get(cell);
          if (index === undefined) {
            index = strings.push(cell) - 1;
            indexOf.set(cell, index);
          }
          stringAt[at] = index;
        } else cells[at] = cell;
        at++;
      }
    }
    packed[name] = { schema: table.schema, columns, rows: table.rows.length, cells, strings: stringAt };
  }
  return { strings, tables: packed };
}

export function unpackTables({ strings, tables }: PackedTables): Tables {
  const unpacked: Record<string, Table> = {};
  for (const [name, table] of Object.entries(tables)) {
    if (Array.isArray(table.rows)) {
      unpacked[name] = { schema: table.schema, rows: table.rows };
      continue;
    }
    const { columns, cells, strings: stringAt } = table as Extract<PackedTable, { columns: string[] }>;
    const rows: Row[] = new Array(table.rows);
    let at = 0;
    for (let r = 0; r < rows.length; r++) {
      const row: Row = {};
      for (const column of columns) {
        const index = stringAt[at]!;
        row[column] = index >= 0 ? strings[index]! : cells[at]!;
        at++;
      }
      rows[r] = row;
    }
    unpacked[name] = { schema: table.schema, rows };
  }
  return unpacked as Tables;
}
