/**
 * Launches Debian's Chromium (apt-get install -y chromium) through playwright-core. Playwright's own browser
 * download is not used and does not work here. When the binary is missing, the error says how to install it,
 * so the browser tests fail loudly instead of being skipped.
 */
import { constants } from "node:fs";
import { access } from "node:fs/promises";

import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];

export async function launchChromium(): Promise<Browser> {
  try {
    await access(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the browser tests need Debian's chromium. ` +
        "Install it with `apt-get update && apt-get install -y chromium` (or `bash .ci/install-browser.sh`), " +
        "or set CHROMIUM_PATH to a Chromium binary.",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
