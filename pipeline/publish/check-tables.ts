// Checks every published cell against its Table Schema before anything is written: types, constraints,
// keys, and text a spreadsheet would run as a formula.
import { UserError } from "../lib/errors.ts";
import type { TableField } from "./table-schemas.ts";
import type { Cell, Table, Tables } from "./tables.ts";

/** A text cell starting with one of these runs as a formula when a CSV is opened in a spreadsheet. */
const formulaStart = /^[=+\-@\t\r]/;

const typeChecks: Record<TableField["type"], (cell: Cell) => boolean> = {
  string: (c) => typeof c === "string",
  integer: (c) => typeof c === "number" && Number.isSafeInteger(c),
  number: (c) => typeof c === "number" && Number.isFinite(c),
  boolean: (c) => typeof c === "boolean",
  date: (c) => typeof c === "string" && /^\d{4}-\d{2}-\d{2}$/.test(c),
  year: (c) => typeof c === "string" && /^\d{4}$/.test(c),
};

function checkCell(table: string, row: number, field: TableField, cell: Cell) {
  const fail = (problem: string, fix: string) => {
    throw new UserError(`${table}.csv`, `row ${row + 1}, column ${field.name}`, problem, fix);
  };
  const constraints = field.constraints ?? {};
  if (cell === null) {
    if (constraints.required) fail("a required value is missing", "this is a bug in the table builder or the catalogue: report it");
    return;
  }
  if (!typeChecks[field.type](cell)) fail(`${JSON.stringify(cell)} is not a valid ${field.type}`, "this is a bug in the table builder: report it");
  if (typeof cell === "string" && field.type === "string" && formulaStart.test(cell)) {
    fail(`the text ${JSON.stringify(cell.slice(0, 40))} starts with ${JSON.stringify(cell[0])}, which spreadsheets run as a formula`, "reword the text where it comes from (source metadata, catalogue labels) so that it starts with another character");
  }
  if (constraints.enum && !constraints.enum.includes(String(cell))) fail(`${JSON.stringify(cell)} is not one of ${constraints.enum.join(", ")}`, "this is a bug: report it");
  if (constraints.minimum !== undefined && typeof cell === "number" && cell < constraints.minimum) fail(`${cell} is below the minimum ${constraints.minimum}`, "this is a bug: report it");
  if (constraints.pattern && typeof cell === "string" && !new RegExp(`^(?:${constraints.pattern})$`, "u").test(cell)) fail(`${JSON.stringify(cell)} does not match ${constraints.pattern}`, "this is a bug: report it");
}

function checkKeys(name: string, table: Table, tables: Tables) {
  const keyOf = (row: Record<string, Cell>, fields: string[]) => JSON.stringify(fields.map((f) => row[f]));
  const seen = new Set<string>();
  table.rows.forEach((row, index) => {
    const key = keyOf(row, table.schema.primaryKey);
    if (seen.has(key)) throw new UserError(`${name}.csv`, `row ${index + 1}`, `duplicate primary key ${key}`, "two rows describe the same thing: this is a bug, report it");
    seen.add(key);
  });
  for (const foreignKey of table.schema.foreignKeys ?? []) {
    const target = tables[foreignKey.reference.resource as keyof Tables];
    const targets = new Set(target.rows.map((row) => keyOf(row, foreignKey.reference.fields)));
    table.rows.forEach((row, index) => {
      if (foreignKey.fields.some((f) => row[f] === null)) return;
      const key = keyOf(row, foreignKey.fields);
      if (!targets.has(key)) throw new UserError(`${name}.csv`, `row ${index + 1}`, `${foreignKey.fields.join(", ")} ${key} is not in ${foreignKey.reference.resource}`, "this is a bug: report it");
    });
  }
}

export function checkTables(tables: Tables): void {
  for (const [name, table] of Object.entries(tables)) {
    table.rows.forEach((row, index) => {
      for (const field of table.schema.fields) checkCell(name, index, field, row[field.name] ?? null);
    });
    checkKeys(name, table, tables);
  }
}
