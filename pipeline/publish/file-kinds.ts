// The kinds of file in a published version: how the data card describes them and how the download page
// labels and orders them. Listed in the page's order; the first pattern that matches a path wins.
export interface FileKind {
  pattern: RegExp;
  /** Short format name on the page ("CSV for Excel"). */
  format: string;
  /** The page's link text, given the table's title for table files. */
  label: (tableTitle: string) => string;
  /** What the data card says of the file. */
  description: string;
}

export const fileKinds: FileKind[] = [
  { pattern: /^datapackage\.json$/, format: "Data Package", label: () => "Data package descriptor", description: "the Frictionless Data Package descriptor: tables, Table Schemas, sources, licence" },
  { pattern: /\.xlsx$/, format: "XLSX", label: () => "All tables (Excel workbook)", description: "every table in one workbook, with a README sheet" },
  { pattern: /^excel\/.*\.csv$/, format: "CSV for Excel", label: (t) => `${t} (CSV for Excel)`, description: "the table for spreadsheets: UTF-8 with BOM, ';' between cells, decimal comma" },
  { pattern: /\.csv$/, format: "CSV", label: (t) => `${t} (CSV)`, description: "the table as CSV (RFC 4180, UTF-8, comma, header row)" },
  { pattern: /^dataset\.jsonld$/, format: "JSON-LD", label: () => "schema.org Dataset description", description: "a schema.org Dataset description, for dataset search engines" },
  { pattern: /\.json$/, format: "JSON", label: (t) => `${t} (JSON)`, description: "the table as JSON (an array of rows)" },
  { pattern: /^README\.md$/, format: "Data card", label: () => "Data card (README)", description: "this data card" },
  { pattern: /\.svg$/, format: "Chart", label: () => "Chart of the figures", description: "the chart of the figures per indicator and year" },
  { pattern: /^SHA256SUMS$/, format: "Checksums", label: () => "SHA-256 checksums", description: "the SHA-256 of every other file" },
];

/** The position of a file's kind in `fileKinds` (-1 when none matches). */
export const kindIndex = (path: string) => fileKinds.findIndex((kind) => kind.pattern.test(path));
