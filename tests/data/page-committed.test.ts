// The committed download pages are what the code renders from the committed output/ and the catalogue: no
// version number or count is written here, so the test holds as data is added.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { projectPath } from "../../pipeline/lib/paths.ts";
import { buildDownloadPage } from "../../pipeline/publish/download-page.ts";
import { readOwnedOutput } from "../../pipeline/output/owned-output.ts";
import type { VersionHistory } from "../../pipeline/types/versions.ts";

describe("output/index.html and its translations", () => {
  it("are what the page code renders from the committed output/ (run `npm run pipeline` after changing it)", async () => {
    const tree = (await readOwnedOutput(projectPath("output"), "output")).files;
    const history = JSON.parse(tree.get("versions.json")?.toString("utf8") ?? "null") as VersionHistory;
    expect(history?.versions.length, "output/versions.json lists the published versions").toBeGreaterThan(0);
    const rendered = buildDownloadPage(history, tree, loadCatalogue());
    expect([...rendered.keys()]).toContain("index.html");
    for (const [path, bytes] of rendered) expect(tree.get(path)?.toString("utf8"), `output/${path}`).toBe(bytes.toString("utf8"));
  });
});
