import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Which Chromium runs the end-to-end tests and the search benchmark. The one place that decides;
 * `scripts/ensure-chromium.ts` installs one first when there is none.
 *
 * In order:
 * 1. `CHROMIUM_PATH`, when set (an error if it names no executable file: it is never ignored);
 * 2. Playwright's own Chromium, when it is installed (`npx playwright install chromium`);
 * 3. the system's: `/usr/bin/chromium` (Debian's package), then `chromium`, `chromium-browser`,
 *    `google-chrome` or `google-chrome-stable` on the PATH.
 *
 * Two variables narrow the system search, so that "no Chromium here" can be tried on a machine that
 * has one: `CHROMIUM_SYSTEM_PATHS` (paths to try, separated like PATH; default `/usr/bin/chromium`)
 * and `CHROMIUM_SEARCH_PATH` (the folders to look in for the names; default PATH). Playwright's own
 * `PLAYWRIGHT_BROWSERS_PATH` moves where it looks for its browser.
 */

export type ChromiumSource = 'CHROMIUM_PATH' | 'playwright' | 'system';

export interface FoundChromium {
  source: ChromiumSource;
  /** The executable. */
  path: string;
}

/** What the search reads, injected so the choice can be tested without touching the machine. */
export interface ChromiumLookup {
  env: Readonly<Record<string, string | undefined>>;
  /** True when the path is an executable file. */
  isExecutable: (path: string) => boolean;
  /** Where Playwright's own Chromium is (or would be) installed; undefined when it cannot say. */
  playwrightPath: () => string | undefined;
}

export const DEFAULT_SYSTEM_PATHS = ['/usr/bin/chromium'];
export const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export class ChromiumPathError extends Error {}

/** The Chromium to run, or undefined when the machine has none. */
export function findChromium({ env, isExecutable, playwrightPath }: ChromiumLookup): FoundChromium | undefined {
  const explicit = env['CHROMIUM_PATH'];
  if (explicit) {
    if (!isExecutable(explicit))
      throw new ChromiumPathError(`CHROMIUM_PATH is "${explicit}", which is not an executable file`);
    return { source: 'CHROMIUM_PATH', path: explicit };
  }
  const bundled = playwrightPath();
  if (bundled && isExecutable(bundled)) return { source: 'playwright', path: bundled };
  const paths = env['CHROMIUM_SYSTEM_PATHS']?.split(delimiter).filter(Boolean) ?? DEFAULT_SYSTEM_PATHS;
  const folders = (env['CHROMIUM_SEARCH_PATH'] ?? env['PATH'] ?? '').split(delimiter).filter(Boolean);
  const candidates = [...paths, ...SYSTEM_NAMES.flatMap((name) => folders.map((folder) => join(folder, name)))];
  const system = candidates.find(isExecutable);
  return system ? { source: 'system', path: system } : undefined;
}

/** An executable regular file (or a link to one). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Playwright installs its Chromium, whether or not it is there. */
export function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** This machine's Chromium, or undefined. */
export function findLocalChromium(env: ChromiumLookup['env'] = process.env): FoundChromium | undefined {
  return findChromium({ env, isExecutable: isExecutableFile, playwrightPath: playwrightChromiumPath });
}

/**
 * The `executablePath` to give Playwright: undefined for Playwright's own Chromium (and when there
 * is none, so that Playwright says what is missing).
 */
export function chromiumExecutable(): string | undefined {
  const found = findLocalChromium();
  return found && found.source !== 'playwright' ? found.path : undefined;
}

/** Flags for a headless Chromium in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

/** What may be done to get a Chromium onto a machine that has none. */
export interface InstallContext {
  platform: NodeJS.Platform;
  /** The distribution's package manager is apt-get. */
  hasAptGet: boolean;
  isRoot: boolean;
  /** `sudo -n true` succeeds: sudo without a password prompt. */
  canSudo: boolean;
  /** CHROMIUM_INSTALL=never: say what to run, install nothing. */
  installAllowed: boolean;
}

/** One way of installing, as the commands to run in turn. */
export interface InstallStep {
  name: string;
  commands: string[][];
}

export const PLAYWRIGHT_INSTALL: string[] = ['npx', 'playwright', 'install', 'chromium'];

/**
 * The ways to try, in order: Playwright's download first (it needs no privileges, but cannot
 * download on machines that reach only a package mirror), then the distribution's package when the
 * user may install one.
 */
export function installSteps(context: InstallContext): InstallStep[] {
  if (!context.installAllowed) return [];
  const steps: InstallStep[] = [{ name: 'Playwright’s Chromium', commands: [PLAYWRIGHT_INSTALL] }];
  if (context.platform === 'linux' && context.hasAptGet && (context.isRoot || context.canSudo)) {
    const sudo = context.isRoot ? [] : ['sudo', '-n'];
    steps.push({
      name: 'the distribution’s chromium package',
      commands: [
        [...sudo, 'apt-get', 'update', '-qq'],
        [...sudo, 'apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    });
  }
  return steps;
}

/** The one line to print when no Chromium could be found or installed: the exact command to run. */
export function missingChromiumMessage(context: Pick<InstallContext, 'platform' | 'hasAptGet' | 'isRoot'>): string {
  const command =
    context.platform === 'linux' && context.hasAptGet
      ? `${context.isRoot ? '' : 'sudo '}apt-get install -y chromium`
      : PLAYWRIGHT_INSTALL.join(' ');
  return `No Chromium for the end-to-end tests: run \`${command}\` (or set CHROMIUM_PATH to a Chromium or Chrome executable), then run the tests again.`;
}
