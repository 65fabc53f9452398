/**
 * npm run import -- <file.txt|file.docx> [--id <id>] [--force] [--add-missing] [--dry-run]
 * (see scripts/import/run.ts). The content folder is VTE_CONTENT_DIR when set (the tests use a
 * copy), else ./content.
 */
import { resolve } from 'node:path';
import { runImport } from './import/run';

process.exitCode = await runImport(process.argv.slice(2), resolve(process.env['VTE_CONTENT_DIR'] ?? 'content'));
