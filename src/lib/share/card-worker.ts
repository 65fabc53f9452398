/**
 * A thread that draws preview cards for `card-cache.ts`: it gets a card's tree and file, writes the
 * card to the file, and answers when it is there, or with the reason it could not (`threads.ts`).
 */
import { serve } from '../threads.ts';
import type { CardElement } from './card.ts';
import { writeCard } from './card-render.ts';

export interface CardJob {
  tree: CardElement;
  file: string;
}

/**
 * Cards drawn at once: two, so that one is being encoded (on sharp's own threads) while the next is
 * laid out and rasterised here. The rest wait in order: a build may queue thousands.
 */
const AT_ONCE = 2;

const queue: (() => void)[] = [];
let drawing = 0;

/** Waits for a drawing slot, in the order the jobs came. */
async function slot(): Promise<void> {
  if (drawing < AT_ONCE) {
    drawing += 1;
    return;
  }
  await new Promise<void>((resolve) => queue.push(resolve));
}

function release(): void {
  const next = queue.shift();
  if (next) next();
  else drawing -= 1;
}

serve<CardJob, object>('card-worker.ts', async ({ tree, file }) => {
  await slot();
  try {
    await writeCard(tree, file);
    return {};
  } finally {
    release();
  }
});
