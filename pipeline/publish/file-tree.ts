// A directory as a map from relative POSIX paths to bytes: how the publish stage plans and compares output/
// as a whole (pipeline/output/ reads the published part of the folder into one, and writes what changed).

export type FileTree = Map<string, Buffer>;

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
