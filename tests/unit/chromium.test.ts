import { describe, expect, it } from 'vitest';
import {
  ChromiumPathError,
  findChromium,
  installSteps,
  missingChromiumMessage,
  type InstallContext,
} from '../../scripts/chromium.ts';

const PLAYWRIGHTS = '/root/.cache/ms-playwright/chromium-1255/chrome-linux/chrome';

/** A machine where exactly `files` are executables. */
function machine(files: string[], env: Record<string, string | undefined> = {}) {
  return findChromium({
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    isExecutable: (path) => files.includes(path),
    playwrightPath: () => PLAYWRIGHTS,
  });
}

describe('which Chromium the tests run', () => {
  it('takes CHROMIUM_PATH first, even over Playwright’s own', () => {
    expect(machine(['/opt/chrome', PLAYWRIGHTS, '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome' })).toEqual({
      source: 'CHROMIUM_PATH',
      path: '/opt/chrome',
    });
  });

  it('refuses a CHROMIUM_PATH that is not there rather than run another browser', () => {
    expect(() => machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/missing' })).toThrow(ChromiumPathError);
    expect(() => machine([], { CHROMIUM_PATH: '/opt/missing' })).toThrow(
      'CHROMIUM_PATH is "/opt/missing", which is not an executable file',
    );
  });

  it('then Playwright’s own Chromium when it is installed', () => {
    expect(machine([PLAYWRIGHTS, '/usr/bin/chromium'])).toEqual({ source: 'playwright', path: PLAYWRIGHTS });
  });

  it('then Debian’s /usr/bin/chromium, then the usual names on the PATH', () => {
    expect(machine(['/usr/bin/chromium', '/usr/local/bin/google-chrome'])).toEqual({
      source: 'system',
      path: '/usr/bin/chromium',
    });
    expect(machine(['/usr/bin/chromium-browser'])).toEqual({ source: 'system', path: '/usr/bin/chromium-browser' });
    expect(machine(['/bin/google-chrome'])).toEqual({ source: 'system', path: '/bin/google-chrome' });
    // A name earlier in the list wins over a folder earlier on the PATH.
    expect(machine(['/usr/local/bin/google-chrome', '/bin/chromium'])).toEqual({
      source: 'system',
      path: '/bin/chromium',
    });
  });

  it('finds nothing on a machine without one', () => {
    expect(machine([])).toBeUndefined();
    expect(machine(['/usr/bin/firefox'])).toBeUndefined();
  });

  it('lets a test hide the system’s Chromium (CHROMIUM_SYSTEM_PATHS, CHROMIUM_SEARCH_PATH)', () => {
    const everywhere = ['/usr/bin/chromium', '/usr/local/bin/google-chrome'];
    expect(machine(everywhere, { CHROMIUM_SYSTEM_PATHS: '', CHROMIUM_SEARCH_PATH: '' })).toBeUndefined();
    expect(
      machine(everywhere, { CHROMIUM_SYSTEM_PATHS: '/nowhere/chromium', CHROMIUM_SEARCH_PATH: '/usr/local/bin' }),
    ).toEqual({ source: 'system', path: '/usr/local/bin/google-chrome' });
    expect(machine(['/tmp/bin/chromium'], { CHROMIUM_SEARCH_PATH: '/tmp/bin' })).toEqual({
      source: 'system',
      path: '/tmp/bin/chromium',
    });
  });
});

describe('installing one when there is none', () => {
  const debian: InstallContext = {
    platform: 'linux',
    hasAptGet: true,
    isRoot: false,
    canSudo: false,
    installAllowed: true,
  };
  const commands = (context: InstallContext) => installSteps(context).map((s) => s.commands.map((c) => c.join(' ')));

  it('tries Playwright’s download first, then the distribution’s package as root', () => {
    expect(commands({ ...debian, isRoot: true })).toEqual([
      ['npx playwright install chromium'],
      ['apt-get update -qq', 'apt-get install -y -qq chromium'],
    ]);
  });

  it('uses sudo only when it needs no password', () => {
    expect(commands({ ...debian, canSudo: true })).toEqual([
      ['npx playwright install chromium'],
      ['sudo -n apt-get update -qq', 'sudo -n apt-get install -y -qq chromium'],
    ]);
    expect(commands(debian)).toEqual([['npx playwright install chromium']]);
  });

  it('uses no package manager it does not know', () => {
    expect(commands({ ...debian, hasAptGet: false, isRoot: true })).toEqual([['npx playwright install chromium']]);
    expect(commands({ ...debian, platform: 'darwin', isRoot: true })).toEqual([['npx playwright install chromium']]);
  });

  it('installs nothing when told not to', () => {
    expect(installSteps({ ...debian, isRoot: true, installAllowed: false })).toEqual([]);
  });

  it('otherwise stops with one line that gives the exact command', () => {
    const line = missingChromiumMessage(debian);
    expect(line).not.toContain('\n');
    expect(line).toContain('`sudo apt-get install -y chromium`');
    expect(missingChromiumMessage({ ...debian, isRoot: true })).toContain('`apt-get install -y chromium`');
    expect(missingChromiumMessage({ ...debian, platform: 'darwin' })).toContain('`npx playwright install chromium`');
  });
});
