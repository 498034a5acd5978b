// The published tables' Table Schemas (schemas/tables/*.json): the contract downstream users rely on.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemasDir } from "../lib/schemas.ts";

export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "year";

export interface TableField {
  name: string;
  type: FieldType;
  title: string;
  title_ar: string;
  title_fr?: string;
  description: string;
  description_ar?: string;
  description_fr?: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; enum?: string[]; pattern?: string };
}

export interface TableSchemaFile {
  name: string;
  title: string;
  title_ar: string;
  title_fr?: string;
  description: string;
  description_ar?: string;
  description_fr?: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
}

/** The tables in publication order. */
export const tableNames = ["observations", "derived", "indicators", "categories", "sources", "mentions"] as const;
export type TableName = (typeof tableNames)[number];

export function loadTableSchema(name: TableName): TableSchemaFile {
  return JSON.parse(readFileSync(join(schemasDir, "tables", `${name}.json`), "utf8")) as TableSchemaFile;
}

/** Each table's title in Arabic, English and French (file labels on the page and in the data card). */
export function tableTitles(): Record<TableName, { ar: string; en: string; fr: string }> {
  return Object.fromEntries(
    tableNames.map((name) => {
      const schema = loadTableSchema(name);
      // A table schema without a French title (one added before this one was written) shows its English one.
      return [name, { ar: schema.title_ar, en: schema.title, fr: schema.title_fr ?? schema.title }];
    }),
  ) as Record<TableName, { ar: string; en: string; fr: string }>;
}
