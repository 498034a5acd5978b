import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ioUserError, isSystemError, type SystemError, withIoErrors } from "../../pipeline/lib/io-errors.ts";
import { UserError } from "../../pipeline/lib/errors.ts";
import { projectPath } from "../../pipeline/lib/paths.ts";
import { validateAgainst } from "../../pipeline/lib/schemas.ts";

const systemError = (code: string, extra: Partial<SystemError> = {}) => Object.assign(new Error(`${code}: failed`), { code, syscall: "open", path: "/data/output/x", ...extra }) as SystemError;

describe("the errno message table", () => {
  const table = validateAgainst<{ codes: Record<string, unknown> }>("io-errors.schema.json", JSON.parse(readFileSync(projectPath("pipeline", "lib", "io-errors.json"), "utf8")), "io-errors.json");

  it.each(["EACCES", "ENOSPC", "EISDIR", "ENOENT", "ENOTDIR", "EROFS", "EMFILE", "ELOOP"])("has %s", (code) => {
    expect(table.codes[code]).toBeDefined();
  });
});

describe("ioUserError", () => {
  it.each([
    ["EACCES", "permission denied"],
    ["ENOSPC", "no space left on the disk"],
    ["EISDIR", "is a folder where a file was expected"],
    ["ENOENT", "does not exist"],
    ["ENOTDIR", "a part of the path is a file"],
  ])("turns %s into one user error naming the path, the cause and a fix", (code, problem) => {
    const error = ioUserError(systemError(code));
    expect(error).toBeInstanceOf(UserError);
    expect(error.file).toBe("/data/output/x");
    expect(error.problem).toContain(problem);
    expect(error.problem).toContain(`(${code} from open)`);
    expect(error.fix.length).toBeGreaterThan(10);
  });

  it("names the given path and what the pipeline was doing", () => {
    const error = ioUserError(systemError("ENOSPC", { syscall: "write" }), { path: "output/1.1.0/observations.csv", doing: "publishing" });
    expect(error.message).toBe(`output/1.1.0/observations.csv: no space left on the disk while publishing (ENOSPC from write)\n  fix: ${error.fix}`);
  });

  it("says something useful of a code the table does not list", () => {
    expect(ioUserError(systemError("ESTALE")).problem).toBe("the system refused the operation (ESTALE from open)");
  });

  it("tells failed system calls from other errors", () => {
    expect(isSystemError(systemError("EACCES"))).toBe(true);
    expect(isSystemError(new Error("EACCES"))).toBe(false);
    expect(isSystemError(Object.assign(new Error("x"), { code: "ERR_INVALID_ARG_TYPE" }))).toBe(false);
    expect(() => withIoErrors(() => readFileSync("/nonexistent/file"), { doing: "reading" })).toThrow(/\/nonexistent\/file: does not exist .* while reading \(ENOENT from open\)/);
  });
});
