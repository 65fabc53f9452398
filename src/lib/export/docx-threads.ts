/**
 * Plans' Word files built on worker threads (`docx-worker.ts`), one per core, at most four. Astro
 * renders a few routes at once (`build.concurrency` in `astro.config.ts`), so while one route waits
 * for its file the next is sent: a cold build of thousands of plans builds them on every core
 * instead of one, and the page rendering that follows is not held up.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ThreadPool } from '../threads.ts';
import type { PlanForExport } from './docx.ts';

/** The worker's file, run by Node as it is (builds run in the project folder). */
const WORKER_FILE = join(process.cwd(), 'src', 'lib', 'export', 'docx-worker.ts');
const THREADS = Math.max(1, Math.min(4, availableParallelism()));

const threads = new ThreadPool<PlanForExport, { bytes: Uint8Array }>(WORKER_FILE, 'The Word export worker', THREADS);

/** The plan's `.docx`, as `planDocx` builds it, from a worker thread. */
export async function planDocxInThread(plan: PlanForExport): Promise<Uint8Array> {
  // Only what the file is made of crosses to the thread.
  return (await threads.ask({ body: plan.body, data: { signer: { name: plan.data.signer.name } } })).bytes;
}
