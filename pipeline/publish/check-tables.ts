// Checks every published cell against its Table Schema before anything is written: types, constraints,
// keys, and text that is unsafe to publish (a spreadsheet formula, a bidi override left open). Unsafe text is
// refused, never altered: published text is what the sources and the catalogue say. Source metadata is
// refused earlier, when it is read, with its file and JSON pointer; this is the net for everything else, and
// names where the text comes from when a row says so.
import { UserError } from "../lib/errors.ts";
import { unsafeTextProblem } from "../lib/unsafe-text.ts";
import type { TableField } from "./table-schemas.ts";
import type { Cell, Row, Table, Tables } from "./tables.ts";

/** Where the rows of the tables come from, to name the input file of unsafe text. */
export interface TableOrigins {
  /** raw/<id>.source.json and raw/<id>.txt of a source, by id. */
  sourceFiles(sourceId: string): { metadata: string; text: string } | undefined;
}

/** Columns copied from the source's metadata: the sources table's, by metadata key. */
const metadataKey = (column: string) => (column === "source_id" ? "id" : column);
/** Columns that are excerpts of a source's text, at the row's line and column. */
const textExcerpts = new Set(["quote", "sentence", "text", "evidence"]);

function refuseUnsafeText(table: string, row: number, field: string, values: Row, problem: string, origins: TableOrigins | undefined): never {
  const files = typeof values.source_id === "string" ? origins?.sourceFiles(values.source_id) : undefined;
  if (files && table === "sources") {
    throw new UserError(files.metadata, `/${metadataKey(field)}`, problem, "reword the value so that it starts with a letter or a digit, and close every bidi override or embedding with U+202C");
  }
  if (files && textExcerpts.has(field) && typeof values.line === "number" && typeof values.column === "number") {
    throw new UserError(files.text, `${values.line}:${values.column}`, `the ${field} published for the number here: ${problem}`, "the source's text is never edited: report it, so that the excerpt leaves the character out");
  }
  throw new UserError(`${table}.csv`, `row ${row + 1}, column ${field}`, problem, "reword the text where it comes from (the catalogue's labels, descriptions and rules in pipeline/catalogue/) so that it starts with a letter or a digit");
}

const typeChecks: Record<TableField["type"], (cell: Cell) => boolean> = {
  string: (c) => typeof c === "string",
  integer: (c) => typeof c === "number" && Number.isSafeInteger(c),
  number: (c) => typeof c === "number" && Number.isFinite(c),
  boolean: (c) => typeof c === "boolean",
  date: (c) => typeof c === "string" && /^\d{4}-\d{2}-\d{2}$/.test(c),
  year: (c) => typeof c === "string" && /^\d{4}$/.test(c),
};

/** Each constraint's pattern compiled once: it is tested on every cell of its column (every mention's period). */
const patterns = new Map<string, RegExp>();

function matchesPattern(pattern: string, cell: string): boolean {
  let compiled = patterns.get(pattern);
  if (!compiled) patterns.set(pattern, (compiled = new RegExp(`^(?:${pattern})$`, "u")));
  return compiled.test(cell);
}

function checkCell(table: string, row: number, field: TableField, cell: Cell, values: Row, origins: TableOrigins | undefined) {
  const fail = (problem: string, fix: string) => {
    throw new UserError(`${table}.csv`, `row ${row + 1}, column ${field.name}`, problem, fix);
  };
  const constraints = field.constraints ?? {};
  if (cell === null) {
    if (constraints.required) fail("a required value is missing", "this is a bug in the table builder or the catalogue: report it");
    return;
  }
  if (!typeChecks[field.type](cell)) fail(`${JSON.stringify(cell)} is not a valid ${field.type}`, "this is a bug in the table builder: report it");
  // Numbers typed as numbers are not text: only string cells can be taken for a formula.
  const unsafe = typeof cell === "string" && field.type === "string" ? unsafeTextProblem(cell) : null;
  if (unsafe) refuseUnsafeText(table, row, field.name, values, unsafe, origins);
  if (constraints.enum && !constraints.enum.includes(String(cell))) fail(`${JSON.stringify(cell)} is not one of ${constraints.enum.join(", ")}`, "this is a bug: report it");
  if (constraints.minimum !== undefined && typeof cell === "number" && cell < constraints.minimum) fail(`${cell} is below the minimum ${constraints.minimum}`, "this is a bug: report it");
  if (constraints.pattern && typeof cell === "string" && !matchesPattern(constraints.pattern, cell)) fail(`${JSON.stringify(cell)} does not match ${constraints.pattern}`, "this is a bug: report it");
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

export function checkTables(tables: Tables, origins?: TableOrigins): void {
  for (const [name, table] of Object.entries(tables)) {
    table.rows.forEach((row, index) => {
      for (const field of table.schema.fields) checkCell(name, index, field, row[field.name] ?? null, row, origins);
    });
    checkKeys(name, table, tables);
  }
}
