import { type JSONPath, type ParseError, parse, printParseErrorCode, visit } from "jsonc-parser";
import { UserError } from "./errors.ts";
import { LineIndex } from "./text-position.ts";

/**
 * Deeper nesting than any file of the project needs. jsonc-parser (which locates syntax errors and duplicate
 * keys) recurses once per level, so a hostile file nested 10,000 deep would overflow the stack.
 */
export const maxJsonDepth = 64;

/** Calls `visit` with each code unit of `text` outside its strings and its offset, until it returns true. Linear, no recursion. */
function scanOutsideStrings(text: string, visit: (code: number, at: number) => boolean): void {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (visit(c, i)) return;
  }
}

/** The offset where nesting first goes deeper than `limit` (strings skipped), or -1. */
function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let at = -1;
  scanOutsideStrings(text, (c, i) => {
    if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
    if (depth <= limit) return false;
    at = i;
    return true;
  });
  return at;
}

function refuseDeepNesting(text: string, file: string): void {
  const at = tooDeepAt(text, maxJsonDepth);
  if (at >= 0) {
    throw new UserError(file, new LineIndex(text).label(at), `the JSON is nested more than ${maxJsonDepth} levels deep`, "no file of the pipeline nests so deep: check that this is the file you meant, and flatten it");
  }
}

/** The first syntax error of a text JSON.parse rejected, located by jsonc-parser (V8's messages often lack it). */
function firstSyntaxError(text: string): { offset: number; message: string } {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { offset: 0, message: "not a JSON value" };
  return { offset: first.offset, message: printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() };
}

const pointerOf = (path: JSONPath) => path.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

export interface DuplicateKey {
  key: string;
  /** JSON pointer of the second occurrence. */
  pointer: string;
  /** 1-based lines of the second and the first occurrence. */
  line: number;
  firstLine: number;
}

/** The first key that an object of `text` holds twice (JSON.parse silently keeps the last), or null. */
export function findDuplicateKey(text: string): DuplicateKey | null {
  const objects: Array<Map<string, number>> = [];
  let found: DuplicateKey | null = null;
  visit(
    text,
    {
      onObjectBegin: () => {
        objects.push(new Map());
        return found === null;
      },
      onObjectEnd: () => {
        objects.pop();
      },
      onObjectProperty: (property, _offset, _length, startLine, _startCharacter, pathSupplier) => {
        const keys = objects.at(-1);
        if (!keys || found) return;
        const first = keys.get(property);
        if (first === undefined) keys.set(property, startLine + 1);
        else found = { key: property, pointer: pointerOf([...pathSupplier(), property]), line: startLine + 1, firstLine: first };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return found;
}

/** How many members the objects of a valid JSON text write: its colons outside strings. */
function membersIn(text: string): number {
  let members = 0;
  scanOutsideStrings(text, (c) => {
    if (c === 0x3a) members++;
    return false;
  });
  return members;
}

/** How many keys the objects of a parsed JSON value hold, nested ones too (its depth is checked first: refuseDeepNesting). */
function keysIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + keysIn(item), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.values(value).reduce((n: number, item) => n + keysIn(item), Object.keys(value).length);
}

export interface ParseJsonOptions {
  /** Refuse an object that holds a key twice, naming its JSON pointer and lines (for files people write by hand). */
  rejectDuplicateKeys?: boolean;
}

/** JSON.parse, with a syntax error reported as a UserError at the line:column where parsing failed. */
export function parseJson(text: string, file: string, options: ParseJsonOptions = {}): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    refuseDeepNesting(text, file);
    const { offset, message } = firstSyntaxError(text);
    throw new UserError(file, new LineIndex(text).label(offset), `not valid JSON (${message})`, "fix the JSON syntax there: quotes around keys and strings, commas between items and none after the last");
  }
  if (options.rejectDuplicateKeys) {
    refuseDeepNesting(text, file);
    // Each member the text writes is a key of the value unless its object holds the key twice: the keys counted,
    // jsonc-parser need not walk the text again (each source's metadata is parsed so, 10,000 of them a run).
    const duplicate = membersIn(text) === keysIn(value) ? null : findDuplicateKey(text);
    if (duplicate) {
      throw new UserError(
        file,
        duplicate.pointer,
        `the key "${duplicate.key}" appears twice in the same object (lines ${duplicate.firstLine} and ${duplicate.line}); JSON readers would silently keep only the last`,
        "keep one of the two, with the right value",
      );
    }
  }
  return value;
}

/** JSON as the pipeline writes it: two-space indent, a final newline, keys in the order the code built them. */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
