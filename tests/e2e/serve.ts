/**
 * A tiny static file server for the browser tests: 127.0.0.1 on an ephemeral port, GET and HEAD only,
 * content types by extension, "/" and folders served by their index.html, and nothing outside the root
 * (no "..", no encoded "..", no symlink out of it, no NUL). Every request it answers is recorded.
 */
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, extname, join, relative, resolve, sep, isAbsolute } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonld": "application/ld+json; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".zip": "application/zip",
};

/** Files named without an extension that are plain text. */
const TEXT_NAMES = new Set(["SHA256SUMS", "LICENSE", "LICENCE", "CHANGELOG", "README"]);

export function contentType(file: string): string {
  const type = CONTENT_TYPES[extname(file).toLowerCase()];
  if (type) return type;
  return TEXT_NAMES.has(basename(file)) ? "text/plain; charset=utf-8" : "application/octet-stream";
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Paths requested so far, in order, as sent (e.g. "/1.0.0/observations.csv"). */
  requests: string[];
  close(): Promise<void>;
}

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/** The file a request path names, or null when it names nothing servable inside root. */
async function resolveFile(root: string, rawUrl: string): Promise<string | null> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, "http://127.0.0.1").pathname);
  } catch {
    return null;
  }
  // new URL() already folds "/../" and "/%2e%2e/"; a decoded ".." segment (from "..%2f") or a backslash is refused outright.
  if (pathname.includes("\0") || pathname.includes("\\") || pathname.split("/").includes("..")) return null;
  let candidate = resolve(join(root, pathname));
  if (!inside(root, candidate)) return null;
  try {
    let info = await stat(candidate);
    if (info.isDirectory()) {
      candidate = join(candidate, "index.html");
      info = await stat(candidate);
    }
    if (!info.isFile()) return null;
    const real = await realpath(candidate); // a symlink may not lead out of root
    return inside(root, real) ? real : null;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

export async function serveStatic(directory: string): Promise<StaticServer> {
  const root = await realpath(directory);
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    requests.push(url);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      send(res, 405, "method not allowed\n");
      return;
    }
    resolveFile(root, url).then(
      async (file) => {
        if (file === null) {
          send(res, 404, "not found\n");
          return;
        }
        const { size } = await stat(file);
        res.writeHead(200, {
          "content-type": contentType(file),
          "content-length": size,
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
        });
        if (req.method === "HEAD") {
          res.end();
          return;
        }
        createReadStream(file)
          .on("error", () => res.destroy())
          .pipe(res);
      },
      () => send(res, 500, "error\n"),
    );
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
