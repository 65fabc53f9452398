import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium to run, for the end-to-end tests and the search benchmark: an explicit
 * CHROMIUM_PATH wins; otherwise Playwright's own Chromium when it is installed; otherwise Debian's
 * /usr/bin/chromium (these machines cannot download browser builds). `undefined` means Playwright's.
 */
export function chromiumExecutable(): string | undefined {
  const explicit = process.env['CHROMIUM_PATH'];
  if (explicit) return explicit;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Flags for a headless Chromium in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];
