import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HOTLINES = join(import.meta.dirname, '..', '..', 'content', 'hotlines');

/** The `number` of every entry in content/hotlines/, as written there. */
export function hotlineFileNumbers(): { file: string; number: string | undefined }[] {
  return readdirSync(HOTLINES)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => {
      const match = /^number:\s*["']?([^"'\n]+)["']?\s*$/m.exec(readFileSync(join(HOTLINES, file), 'utf8'));
      return { file, number: match?.[1] };
    });
}
