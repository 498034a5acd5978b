/**
 * exceljs's streaming workbook writer, made reproducible: rows go into the zip as they are committed, and the
 * bytes depend on the content only.
 *
 * What exceljs (lib/stream/xlsx/workbook-writer.js) does not do by itself, and this subclass adds:
 * - Dates: every part goes to archiver without a date, so archiver stamps `new Date()` into each zip entry.
 *   All appends here carry the workbook's date (archiver writes it in UTC, so the time zone does not leak in).
 * - Order: exceljs appends the theme and the package relationships from its constructor and
 *   [Content_Types].xml at the end. Here [Content_Types].xml comes first, as Excel writes it (file-type
 *   sniffers such as libmagic look for it there), then the package relationships and the theme; the sheets
 *   follow in the order they are written, and the parts that depend on every sheet (app, core, shared strings,
 *   styles, workbook) come last, in exceljs's own order. Entries are appended one after the other, so the
 *   order is the order of the calls, never of a race.
 * - Flow: exceljs's own part buffer has no backpressure, so a fast producer would hold a whole sheet in memory
 *   uncompressed. Parts here are written in batches into a Node stream; `drained()` waits while the zip lags.
 * - Strings: they go into the shared string table, as Excel and exceljs's in-memory writer store them (`t="s"`;
 *   exceljs's streaming alternative, `t="str"`, is the type of a formula's string result, which the standard
 *   does not allow for a plain value), kept and written as ./shared-strings.ts explains.
 */
import { EventEmitter, once } from "node:events";
import { PassThrough, type Writable } from "node:stream";
import type { Workbook, Worksheet, WorksheetProperties } from "exceljs";
import { Utf8Blocks, utf8Bytes } from "../../lib/utf8.ts";
import { SharedStringTable, writeSharedStrings } from "./shared-strings.ts";

/** Deflate level pinned (zlib's default is 6 too, but a default can change with a version). */
const ZIP_OPTIONS = { zlib: { level: 6 } };

/** Bytes gathered before they go to the zip: one deflate call per batch, not one per row. */
const BATCH_BYTES = 64 * 1024;

export interface WorkbookParts {
  /** The date of every zip entry and of docProps/core.xml. */
  date: Date;
  creator: string;
  title: string;
  /** Every sheet, in order: [Content_Types].xml, written first, lists them. */
  sheetNames: readonly string[];
}

export interface StreamingWorkbook {
  addWorksheet(name: string, options?: Partial<WorksheetProperties> & { views?: Worksheet["views"] }): Worksheet;
  /** Resolves once the zip has taken what the sheet wrote so far: await it every few rows. */
  drained(sheet: Worksheet): Promise<void>;
  /** Commits every sheet, writes the remaining parts and ends `target`. */
  commit(): Promise<void>;
  /** Stops writing after a failure: the zip is abandoned and `target` destroyed. */
  abort(error: Error): void;
}

/** What exceljs writes a part into: it calls write (with strings or its own StringBuf) and end. */
class PartWriter extends EventEmitter {
  /** What the zip reads. */
  readonly readable = new PassThrough();
  /** A sheet's rows come as one string each: encoded straight into blocks (lib/utf8.ts Utf8Blocks). */
  private readonly blocks = new Utf8Blocks(BATCH_BYTES);
  private readonly toZip = (bytes: Buffer) => void this.readable.write(bytes);

  write(chunk: string | Buffer | { toBuffer(): Buffer }): boolean {
    if (typeof chunk === "string") this.blocks.add(chunk, this.toZip);
    else {
      this.blocks.flush(this.toZip);
      // exceljs reuses its StringBuf after the call: toBuffer() returns a copy.
      this.toZip(Buffer.isBuffer(chunk) ? chunk : chunk.toBuffer());
    }
    return true;
  }

  end(): void {
    this.blocks.flush(this.toZip);
    this.readable.end();
    // exceljs waits for this event when it commits a sheet itself.
    this.readable.once("end", () => this.emit("zipped"));
  }

  /** exceljs pauses a part's stream when it opens it; the zip resumes the readable side when it reads it. */
  pause(): void {}
}

/** The members of exceljs's WorkbookWriter this subclass relies on (it is typed as a plain Workbook). */
interface WriterInternals {
  zip: { append(source: unknown, data: { name: string; date?: Date }): void; abort(): void };
  sharedStrings: SharedStringTable;
  commentRefs: unknown[];
  media: unknown[];
  _worksheets: Array<{ id: number; name: string; stream: PartWriter } | undefined>;
}

/** exceljs's WorkbookWriter with the methods this subclass overrides. */
type WriterClass = new (options: object) => Workbook & {
  commit(): Promise<void>;
  addThemes(): Promise<void>;
  addOfficeRels(): Promise<void>;
  addContentTypes(): Promise<void>;
  addSharedStrings(): Promise<void>;
  _openStream(path: string): unknown;
};

/**
 * exceljs's streaming writer and the two parts it writes here, loaded on first use, and only they: all of
 * exceljs (its reader, in-memory workbook, CSV and their dependencies) is three times as many modules. The
 * workbook's thread loads them as it starts, before its job comes (parallel/workbook-worker.ts).
 */
export const loadWorkbookWriter = () => (writerModules ??= importWriterModules());

async function importWriterModules() {
  return {
    WorkbookWriter: (await import("exceljs/lib/stream/xlsx/workbook-writer.js")).default,
    ContentTypesXform: (await import("exceljs/lib/xlsx/xform/core/content-types-xform.js")).default,
    SharedStringXform: (await import("exceljs/lib/xlsx/xform/strings/shared-string-xform.js")).default,
  };
}

let writerModules: ReturnType<typeof importWriterModules> | null = null;

/** Opens a workbook that streams into `target`. */
export async function openWorkbookWriter(target: Writable, parts: WorkbookParts): Promise<StreamingWorkbook> {
  const { WorkbookWriter, ContentTypesXform, SharedStringXform } = await loadWorkbookWriter();
  const Base = WorkbookWriter as unknown as WriterClass;
  const sheetIds = parts.sheetNames.map((_, index) => index + 1);
  let started = false;

  class ReproducibleWorkbookWriter extends Base {
    // Called by exceljs's constructor, before a date could be given: added by start() instead.
    override addThemes(): Promise<void> {
      return started ? super.addThemes() : Promise.resolve();
    }

    override addOfficeRels(): Promise<void> {
      return started ? super.addOfficeRels() : Promise.resolve();
    }

    /** Appends the parts that come before any sheet, every entry from now on with the workbook's date. */
    start(): void {
      const internals = this as unknown as WriterInternals;
      const zip = internals.zip;
      const append = zip.append.bind(zip);
      // Text parts as bytes: archiver turns a string into a Buffer with the deprecated `new Buffer()`.
      zip.append = (source, data) => append(typeof source === "string" ? utf8Bytes(source) : source, { ...data, date: parts.date });
      started = true;
      const contentTypes = new ContentTypesXform().toXml({
        worksheets: sheetIds.map((id) => ({ id })),
        sharedStrings: { count: 1 },
        commentRefs: internals.commentRefs,
        media: internals.media,
      });
      zip.append(contentTypes, { name: "[Content_Types].xml" });
      void this.addOfficeRels();
      void this.addThemes();
    }

    /** Written first by start(): checks that the sheets are those it announced. */
    override addContentTypes(): Promise<void> {
      const internals = this as unknown as WriterInternals;
      const written = internals._worksheets.filter((sheet) => sheet !== undefined).map((sheet) => `${sheet.id}:${sheet.name}`);
      const announced = parts.sheetNames.map((name, index) => `${sheetIds[index]}:${name}`);
      if (written.join("\n") !== announced.join("\n")) {
        throw new Error(`xlsx: the sheets written (${written.join(", ")}) are not those announced in [Content_Types].xml (${announced.join(", ")})`);
      }
      if (internals.sharedStrings.count === 0) throw new Error("xlsx: no string was written, but [Content_Types].xml announced shared strings");
      return Promise.resolve();
    }

    /** The shared strings, string by string (exceljs renders the whole part as one string). */
    override addSharedStrings(): Promise<void> {
      const xform = new SharedStringXform();
      return writeSharedStrings((this as unknown as WriterInternals).sharedStrings, this._openStream("xl/sharedStrings.xml"), (value) => xform.toXml(value));
    }

    /** Every part (sheet, sheet relationships) exceljs streams: batched, with backpressure. */
    override _openStream(path: string): PartWriter {
      const part = new PartWriter();
      (this as unknown as WriterInternals).zip.append(part.readable, { name: path });
      return part;
    }
  }

  const writer = new ReproducibleWorkbookWriter({
    stream: target,
    useStyles: true,
    useSharedStrings: true,
    zip: ZIP_OPTIONS,
    // exceljs stamps `new Date()` into docProps/core.xml unless these are set.
    created: parts.date,
    modified: parts.date,
    creator: parts.creator,
    lastModifiedBy: parts.creator,
  });
  writer.title = parts.title;
  (writer as unknown as WriterInternals).sharedStrings = new SharedStringTable();
  writer.start();

  // A failure of the target or of the zip ends any wait for the zip to take more.
  let failure: Error | undefined;
  const failed = new Promise<never>((_, reject) => {
    const stop = (error: Error) => reject((failure ??= error));
    target.once("error", stop);
    (writer as unknown as { zip: EventEmitter }).zip.once("error", stop);
  });
  failed.catch(() => {}); // reported by drained() and commit()

  return {
    addWorksheet: (name, options) => writer.addWorksheet(name, options),
    drained: async (sheet) => {
      if (failure) throw failure;
      const { readable } = (sheet as unknown as { stream: PartWriter }).stream;
      if (readable.writableNeedDrain) await Promise.race([once(readable, "drain"), failed]);
    },
    commit: () => Promise.race([writer.commit(), failed]),
    abort: (error) => {
      (writer as unknown as WriterInternals).zip.abort();
      target.destroy(error);
    },
  };
}
