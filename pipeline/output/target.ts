// Where --out and --work may point. Checked before anything is read or written: a path that would make the
// pipeline write over the user's files (the current directory, the repository, raw/, a folder around them)
// is refused with the option, the path, why, and how to fix it. Symbolic links are followed and compared by
// their targets, so that a link cannot smuggle raw/ or the repository in.
import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { UserError } from "../lib/errors.ts";
import { isSystemError } from "../lib/io-errors.ts";

export interface TargetContext {
  /** The working directory relative paths are resolved from. */
  cwd: string;
  /** The root of the pipeline's repository (package.json beside schemas/). */
  projectRoot: string;
  /** --raw as given. */
  raw: string;
}

export interface OutputTarget {
  /** The path as the user gave it, for messages. */
  given: string;
  /** Absolute, with symbolic links resolved (for a folder that does not exist yet, those of its nearest existing ancestor). */
  real: string;
  /** When the given path is itself a symbolic link: it is followed, and this is its target. */
  linkTarget: string | null;
  exists: boolean;
}

const shown = (given: string) => (given === "" ? '""' : given);

/** `child` is strictly inside `parent`. */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** The real path of `path`, which may not exist yet: its nearest existing ancestor's real path, joined with the rest. */
function realPathOf(path: string, option: string, given: string): string {
  const missing: string[] = [];
  for (let dir = path; ; dir = dirname(dir)) {
    try {
      return join(realpathSync.native(dir), ...missing.reverse());
    } catch (error) {
      const code = isSystemError(error) ? error.code : "";
      if (code === "ENOTDIR") throw new UserError(`${option} ${shown(given)}`, "", `a part of the path (${dir}) is a file, not a folder`, `give a path made of folders, e.g. ${option} output`);
      if (code !== "ENOENT" || dirname(dir) === dir) throw error;
      missing.push(basename(dir));
    }
  }
}

function inspect(given: string, option: string, cwd: string): OutputTarget {
  if (given === "") {
    throw new UserError(`${option} ""`, "", "the path is empty (an unset shell variable?)", `give the folder explicitly, e.g. ${option} ${option === "--out" ? "output" : "work"}, or leave the option out for the default`);
  }
  const path = resolve(cwd, given);
  const where = `${option} ${shown(given)}`;
  let linkTarget: string | null = null;
  let exists = false;
  try {
    const link = lstatSync(path);
    exists = true;
    if (link.isSymbolicLink()) {
      try {
        statSync(path);
      } catch {
        throw new UserError(where, "", "is a symbolic link that leads nowhere (its target does not exist, or links loop)", `point the link at an existing folder, or give the folder itself with ${option}`);
      }
      linkTarget = realpathSync.native(path);
    }
    if (!statSync(path).isDirectory()) {
      throw new UserError(where, "", `is a file, not a folder${linkTarget ? ` (through the symbolic link to ${linkTarget})` : ""}`, `give a folder with ${option}; the pipeline never replaces a file by a folder`);
    }
  } catch (error) {
    if (isSystemError(error) && error.code === "ENOTDIR") throw new UserError(where, "", "a part of the path is a file, not a folder", `give a path made of folders, e.g. ${option} output`);
    if (!(isSystemError(error) && error.code === "ENOENT") || exists) throw error;
  }
  return { given, real: exists ? realpathSync.native(path) : realPathOf(path, option, given), linkTarget, exists };
}

interface Surroundings {
  cwd: string;
  root: string;
  raw: string;
}

function surroundings(context: TargetContext): Surroundings {
  const cwd = realpathSync.native(context.cwd);
  return { cwd, root: realpathSync.native(context.projectRoot), raw: realPathOf(resolve(context.cwd, context.raw), "--raw", context.raw) };
}

/** The first rule the folder breaks, as [why, fix], or null. Shared by --out and --work. */
function brokenRule(real: string, around: Surroundings, option: string): [string, string] | null {
  const example = option === "--out" ? "--out output (the default)" : "--work work (the default)";
  if (real === around.cwd) return ["is the current directory", `give a folder of its own inside it, e.g. ${example}`];
  if (real === around.root) return ["is the root of the repository", `give a folder of its own inside it, e.g. ${example}`];
  if (real === around.raw) return ["is the raw folder (--raw): the pipeline only ever reads it", `give another folder, e.g. ${example}`];
  if (isInside(real, around.raw)) return [`is inside the raw folder ${around.raw} (--raw): the pipeline only ever reads it`, `give a folder outside it, e.g. ${example}`];
  if (isInside(around.raw, real)) return [`contains the raw folder ${around.raw} (--raw)`, `give a folder beside it, not around it, e.g. ${example}`];
  if (isInside(around.cwd, real)) return [`contains the current directory ${around.cwd}`, `give a folder inside it, e.g. ${example}`];
  if (isInside(around.root, real)) return [`contains the repository ${around.root}`, `give a folder inside it, e.g. ${example}`];
  if (existsSync(join(real, ".git"))) return ["contains a .git folder: it is a repository, not an output folder", `give a folder of its own inside it, e.g. ${example}`];
  return null;
}

function refuse(target: OutputTarget, option: string, rule: [string, string]): never {
  const via = target.linkTarget ? ` (a symbolic link to ${target.linkTarget})` : "";
  throw new UserError(`${option} ${shown(target.given)}${via}`, "", rule[0], rule[1]);
}

/** Resolves --out and refuses a folder the pipeline must never write into. */
export function resolveOutputTarget(given: string, context: TargetContext): OutputTarget {
  const target = inspect(given, "--out", context.cwd);
  const rule = brokenRule(target.real, surroundings(context), "--out");
  if (rule) refuse(target, "--out", rule);
  return target;
}

/** Resolves --work and refuses a folder where its artifacts would land among the user's files or the output. */
export function resolveWorkTarget(given: string, context: TargetContext & { out: OutputTarget | null }): OutputTarget {
  const target = inspect(given, "--work", context.cwd);
  const around = surroundings(context);
  const rule =
    brokenRule(target.real, around, "--work") ??
    (context.out && (target.real === context.out.real || isInside(target.real, context.out.real)) ? (["is the output folder (--out) or inside it: the published folder holds only what is published", "give a folder outside the output, e.g. --work work (the default)"] as [string, string]) : null);
  if (rule) refuse(target, "--work", rule);
  return target;
}
