import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";
import { UserError } from "./errors.ts";
import { LineIndex } from "./text-position.ts";

/** The first syntax error of a text JSON.parse rejected, located by jsonc-parser (V8's messages often lack it). */
function firstSyntaxError(text: string): { offset: number; message: string } {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { offset: 0, message: "not a JSON value" };
  return { offset: first.offset, message: printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() };
}

/** JSON.parse, with a syntax error reported as a UserError at the line:column where parsing failed. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { offset, message } = firstSyntaxError(text);
    throw new UserError(file, new LineIndex(text).label(offset), `not valid JSON (${message})`, "fix the JSON syntax there: quotes around keys and strings, commas between items and none after the last");
  }
}

/** JSON as the pipeline writes it: two-space indent, a final newline, keys in the order the code built them. */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
