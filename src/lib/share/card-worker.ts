/**
 * A thread that draws preview cards for `card-cache.ts`: it gets `{ id, tree, file }`, writes the
 * card to `file` and answers `{ id }`, or `{ id, error }` with the reason it could not.
 */
import { parentPort } from 'node:worker_threads';
import type { CardElement } from './card.ts';
import { writeCard } from './card-render.ts';

export interface CardJob {
  id: number;
  tree: CardElement;
  file: string;
}

export interface CardDone {
  id: number;
  error?: string;
}

/**
 * Cards drawn at once: two, so that one is being encoded (on sharp's own threads) while the next is
 * laid out and rasterised here. The rest wait in order: a build may queue thousands.
 */
const AT_ONCE = 2;

const port = parentPort;
if (!port) throw new Error('card-worker.ts runs as a worker thread (see card-cache.ts)');
const queue: CardJob[] = [];
let drawing = 0;

function next(): void {
  while (drawing < AT_ONCE && queue.length > 0) {
    const job = queue.shift()!;
    drawing += 1;
    writeCard(job.tree, job.file)
      .then(
        () => port!.postMessage({ id: job.id } satisfies CardDone),
        (error: unknown) =>
          port!.postMessage({
            id: job.id,
            error: error instanceof Error ? error.message : String(error),
          } satisfies CardDone),
      )
      .finally(() => {
        drawing -= 1;
        next();
      });
  }
}

port.on('message', (job: CardJob) => {
  queue.push(job);
  next();
});
