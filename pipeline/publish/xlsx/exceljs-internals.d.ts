// The exceljs modules pipeline/publish/xlsx/workbook-writer.ts loads by path (exceljs 4.4.0, pinned): the
// streaming workbook writer alone (the package's entry point loads all of exceljs), the writer of
// [Content_Types].xml, written first rather than last, and of one shared string, for a part written string by
// string rather than as one string.
declare module "exceljs/lib/stream/xlsx/workbook-writer.js" {
  import type { stream } from "exceljs";
  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}

declare module "exceljs/lib/xlsx/xform/core/content-types-xform.js" {
  export default class ContentTypesXform {
    toXml(model: { worksheets: Array<{ id: number }>; sharedStrings: { count: number }; commentRefs: unknown[]; media: unknown[] }): string;
  }
}

declare module "exceljs/lib/xlsx/xform/strings/shared-string-xform.js" {
  export default class SharedStringXform {
    toXml(model: unknown): string;
  }
}
