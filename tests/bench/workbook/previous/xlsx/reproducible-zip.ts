/**
 * Re-packs the xlsx container so its bytes depend on its content only.
 *
 * Why: exceljs (lib/utils/zip-stream.js) hands every part to `JSZip#file(name, data)` without a date, and
 * jszip (lib/object.js) then stamps each entry with `new Date()`; exceljs only forwards *generate* options
 * (compression, type ...) to jszip, and jszip has no generate-time date, so no option can fix it. jszip also
 * adds a directory entry ("xl/", "xl/worksheets/" ...) per folder, with the same clock date, and the order of
 * a few parts comes from a `Promise.all` in lib/xlsx/xlsx.js. So we read the parts back and write a new zip:
 * files only, in a fixed order, each dated with the version date, with fixed compression settings.
 */

/** Deflate level pinned (jszip's default is 6 too, but a default can change with a version). */
const COMPRESSION = { compression: "DEFLATE", compressionOptions: { level: 6 } } as const;

/**
 * [Content_Types].xml first, as Excel writes it (some streaming readers expect it there), then the other
 * parts by name in UTF-16 code-unit order: plain `<`, not localeCompare, whose result depends on ICU data.
 */
function entryOrder(a: string, b: string): number {
  const first = "[Content_Types].xml";
  if (a === first || b === first) return a === first ? (b === first ? 0 : -1) : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function reproducibleZip(zipBytes: Uint8Array, date: Date): Promise<Buffer> {
  const { default: JSZip } = await import("jszip");
  const source = await JSZip.loadAsync(zipBytes);
  const names = Object.values(source.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name)
    .sort(entryOrder);

  const target = new JSZip();
  for (const name of names) {
    const entry = source.file(name);
    if (!entry) throw new Error(`xlsx: zip entry ${name} vanished while re-packing`);
    // jszip writes the DOS date/time from the UTC fields of `date`, so the machine's time zone does not leak in.
    target.file(name, await entry.async("uint8array"), { date, createFolders: false, binary: true });
  }
  // platform DOS (jszip's default, spelled out): the headers then carry no Unix permission bits of any machine.
  return target.generateAsync({ type: "nodebuffer", platform: "DOS", ...COMPRESSION });
}
