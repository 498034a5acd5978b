// A directory as a map from relative POSIX paths to bytes: how the publish stage plans, compares and writes
// output/ as a whole.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export type FileTree = Map<string, Buffer>;

export async function readTree(dir: string): Promise<FileTree> {
  const tree: FileTree = new Map();
  const walk = async (relative: string) => {
    let entries;
    try {
      entries = await readdir(join(dir, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) tree.set(path, await readFile(join(dir, path)));
    }
  };
  await walk("");
  return tree;
}

/** The files under `prefix/`, with the prefix taken off. */
export function subtree(tree: FileTree, prefix: string): FileTree {
  const result: FileTree = new Map();
  for (const [path, bytes] of tree) if (path.startsWith(`${prefix}/`)) result.set(path.slice(prefix.length + 1), bytes);
  return result;
}

export function withPrefix(tree: FileTree, prefix: string): FileTree {
  return new Map([...tree].map(([path, bytes]) => [`${prefix}/${path}`, bytes]));
}

/** Human-readable differences from `actual` to `expected`, sorted by path; empty when they are the same. */
export function compareTrees(expected: FileTree, actual: FileTree): string[] {
  const paths = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  const lines: string[] = [];
  for (const path of paths) {
    const want = expected.get(path);
    const have = actual.get(path);
    if (want && !have) lines.push(`missing: ${path}`);
    else if (!want && have) lines.push(`unexpected: ${path}`);
    else if (want && have && !want.equals(have)) lines.push(`differs: ${path}`);
  }
  return lines;
}

export function sortedTree(tree: FileTree): FileTree {
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
