// The exceljs modules used beyond its public API (exceljs 4.4.0, pinned), by pipeline/publish/xlsx/workbook-writer.ts:
// the writer of [Content_Types].xml, written first rather than last, and of one shared string, for a part
// written string by string rather than as one string.
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
