import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

/** Debian's `chromium` package, which `.ci/run` installs. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Without these, Chromium's background connections (updates, sync, field trials) are attempted
 * and refused on a closed network; none of them has anything to do with rendering a local file.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  if (fs.existsSync(CHROMIUM)) return undefined;

  return `no Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium)`;
}

/**
 * Runs `use` in a fresh headless Chromium with its own new profile folder, JavaScript off as
 * the report must not need it, and always closes the browser and removes the profile.
 */
export async function withChromium<T>(use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wrapper-pitfalls-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
    args: FLAGS,
  });
  try {
    return await use(context);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
