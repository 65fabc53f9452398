/**
 * The import command (scripts/import.ts runs it):
 * npm run import -- <file.txt|file.docx> [--id <id>] [--force] [--add-missing] [--dry-run]
 *
 * Reads a plan, prints what it read and from which line, and writes content/plans/<id>.mdx,
 * content/originals/<id>.txt and (with --add-missing) content/directives/<id>.mdx for each cited
 * document the site lacks. Every file is written to a temporary name first and renamed only when
 * all are written, so a failure leaves content/ as it was. Exit codes: 0 written (or dry run),
 * 1 the input cannot be imported (the message says why), 2 wrong usage.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCitableDocuments } from '../../src/lib/directive-registry';
import { ImportError } from '../../src/lib/import/input';
import { importPlan, type FileToWrite } from '../../src/lib/import/plan-import';
import { formatReport } from '../../src/lib/import/report';

export const USAGE = 'usage: npm run import -- <file.txt|file.docx> [--id <id>] [--force] [--add-missing] [--dry-run]';

/** Where the command prints; the tests pass their own to read what it says. */
export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Runs the command with these arguments on this content folder; returns the exit code. */
export async function runImport(argv: string[], contentDir: string, out: Output = console): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        force: { type: 'boolean', default: false },
        'add-missing': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    out.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    out.log(USAGE);
    return 0;
  }
  if (args.positionals.length !== 1) {
    out.error(`expected one file to import\n${USAGE}`);
    return 2;
  }
  const file = args.positionals[0]!;

  try {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new ImportError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const result = await importPlan({
      file,
      bytes,
      documents: readCitableDocuments(contentDir),
      exists: (path) => existsSync(join(contentDir, path)),
      id: args.values.id,
      force: args.values.force,
      addMissing: args.values['add-missing'],
    });
    out.log(formatReport(result.report));
    out.log('');
    if (args.values['dry-run']) {
      out.log('Dry run: nothing written. It would write:');
      for (const f of result.files) {
        out.log(`\n=== content/${f.path}`);
        out.log(typeof f.content === 'string' ? f.content : `(${f.content.length} bytes: the file as given)`);
      }
      return 0;
    }
    writeAll(contentDir, result.files);
    for (const f of result.files) out.log(`wrote content/${f.path}`);
    out.log('Next: npm run build (or npm test) to see it on the site.');
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      out.error(`${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}

/** Writes every file under a temporary name, then renames them all; on any error removes the temporaries. */
function writeAll(contentDir: string, files: FileToWrite[]) {
  const temporaries: { temp: string; target: string }[] = [];
  try {
    for (const f of files) {
      const target = join(contentDir, f.path);
      if (!existsSync(dirname(target))) throw new ImportError(f.path, `the folder ${dirname(target)} does not exist`);
      const temp = `${target}.import-${process.pid}.tmp`;
      temporaries.push({ temp, target });
      writeFileSync(temp, f.content, { flag: 'wx' });
    }
  } catch (error) {
    for (const t of temporaries) rmSync(t.temp, { force: true });
    throw error;
  }
  for (const t of temporaries) renameSync(t.temp, t.target);
}
