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
  description: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; enum?: string[]; pattern?: string };
}

export interface TableSchemaFile {
  name: string;
  title: string;
  title_ar: string;
  description: string;
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
