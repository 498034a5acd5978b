import { UserError } from "./errors.ts";
import { LineIndex } from "./text-position.ts";

/** JSON.parse, with a syntax error reported as a UserError at the line:column where parsing failed. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    throw new UserError(
      file,
      new LineIndex(text).label(offset),
      `not valid JSON (${message.replace(/\s*in JSON at position \d+.*$/s, "")})`,
      "fix the JSON syntax there: quotes around keys and strings, commas between items and none after the last",
    );
  }
}

/** JSON as the pipeline writes it: two-space indent, a final newline, keys in the order the code built them. */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
