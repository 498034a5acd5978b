// Prints the sha256 of the sample workbook (tests/fixtures/workbook-input.ts): run in a child process with
// another time zone or locale, it shows whether either leaks into the bytes.
import { createHash } from "node:crypto";
import { buildWorkbook } from "../../pipeline/publish/xlsx.ts";
import { sampleInput } from "../fixtures/workbook-input.ts";

process.stdout.write(`${createHash("sha256").update(await buildWorkbook(sampleInput())).digest("hex")}\n`);
