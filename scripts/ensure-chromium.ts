/**
 * Makes sure the end-to-end tests have a Chromium, before `playwright test` (see `test:e2e`).
 *
 * Finds one the way the tests do (`findLocalChromium` in `chromium.ts`). When there is none, it
 * installs one: Playwright's download, else the distribution's package when the user may (root, or
 * sudo without a password). When that is not possible, it stops with one line saying the command
 * to run.
 *
 *   node scripts/ensure-chromium.ts            find, or install
 *   node scripts/ensure-chromium.ts --dry-run  say what it would do, change nothing
 *
 * CHROMIUM_INSTALL=never installs nothing (the line is printed instead). To try the "no Chromium"
 * path on a machine that has one: PLAYWRIGHT_BROWSERS_PATH=/nonexistent CHROMIUM_SYSTEM_PATHS=
 * CHROMIUM_SEARCH_PATH= (see `chromium.ts`).
 */
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import {
  ChromiumPathError,
  findLocalChromium,
  installSteps,
  isExecutableFile,
  missingChromiumMessage,
} from './chromium.ts';

const dryRun = process.argv.includes('--dry-run');
const say = (line: string) => console.log(`chromium: ${line}`);

function found(): boolean {
  const chromium = findLocalChromium();
  if (chromium) say(`${chromium.path} (${chromium.source})`);
  return chromium !== undefined;
}

function onPath(name: string): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => dir !== '' && isExecutableFile(join(dir, name)));
}

function run(command: string[]): boolean {
  say(`running ${command.join(' ')}`);
  const result = spawnSync(command[0]!, command.slice(1), {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

try {
  if (found()) process.exit(0);
} catch (error) {
  if (!(error instanceof ChromiumPathError)) throw error;
  say(error.message);
  process.exit(1);
}

const isRoot = process.getuid?.() === 0;
const context = {
  platform: process.platform,
  hasAptGet: onPath('apt-get'),
  isRoot,
  canSudo: !isRoot && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  installAllowed: process.env['CHROMIUM_INSTALL'] !== 'never',
};
const steps = installSteps(context);
const message = missingChromiumMessage(context);

if (dryRun) {
  say('none found');
  steps.forEach((step, i) =>
    say(`would try ${i + 1}. ${step.name}: ${step.commands.map((c) => c.join(' ')).join(' && ')}`),
  );
  say(`if those fail: ${message}`);
  process.exit(0);
}

say(steps.length > 0 ? 'none found, installing one' : 'none found');
for (const step of steps) {
  if (step.commands.every(run) && found()) process.exit(0);
  say(`${step.name} did not give a Chromium`);
}
console.error(message);
process.exit(1);
