/**
 * Worker threads that answer numbered requests: the preview cards (`share/card-cache.ts`) and the
 * search indexer's page readers (`search/readers.ts`) run their work on them.
 *
 * The main side (`Thread`) sends each request as `{ id, ...request }`; the worker (`serve`) answers
 * `{ id, ...reply }`, or `{ id, error }` with the message of what it threw. Worker files are run by
 * Node as they are (type stripping: no TypeScript-only syntax such as parameter properties), so
 * their imports name their `.ts` files.
 */
import { parentPort, Worker } from 'node:worker_threads';

type Answer<Reply> = ({ id: number; error?: undefined } & Reply) | { id: number; error: string };

/**
 * One worker thread, seen from the thread that started it. An idle thread does not keep the process
 * alive. When the thread stops (it threw outside a request, or exited), every request it had not
 * answered fails with the reason, and so does every later one.
 */
export class Thread<Request extends object, Reply extends object> {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private stopped: Error | undefined;
  private readonly name: string;

  /** `name` says which thread failed in its errors (`The card worker`). */
  constructor(file: string, name: string) {
    this.name = name;
    this.worker = new Worker(file);
    this.worker.unref();
    this.worker.on('message', (answer: Answer<Reply>) => {
      const request = this.waiting.get(answer.id);
      this.waiting.delete(answer.id);
      if (this.waiting.size === 0) this.worker.unref();
      if (answer.error !== undefined) request?.reject(new Error(answer.error));
      else {
        const { id: _id, error: _error, ...reply } = answer;
        request?.resolve(reply as unknown as Reply);
      }
    });
    const stop = (error: Error) => {
      this.stopped ??= new Error(`${this.name} stopped: ${error.message}`);
      for (const request of this.waiting.values()) request.reject(this.stopped);
      this.waiting.clear();
    };
    this.worker.on('error', stop);
    this.worker.on('exit', (code) => stop(new Error(`exit code ${code}`)));
  }

  /** Requests sent and not yet answered. */
  get pending(): number {
    return this.waiting.size;
  }

  get alive(): boolean {
    return this.stopped === undefined;
  }

  ask(request: Request): Promise<Reply> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ ...request, id });
    });
  }

  /** Stops the thread; requests it has not answered fail. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * The worker side: answers each request with what `handle` returns for it, or with the message of
 * what it throws. Requests are handled as they come; `handle` queues them itself if it must.
 */
export function serve<Request extends object, Reply extends object>(
  file: string,
  handle: (request: Request) => Promise<Reply>,
): void {
  const port = parentPort;
  if (!port) throw new Error(`${file} runs as a worker thread`);
  port.on('message', ({ id, ...request }: { id: number } & Request) => {
    handle(request as unknown as Request).then(
      (reply) => port.postMessage({ ...reply, id }),
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/**
 * Threads of one worker file, started as requests need them, at most `size`: a request goes to an
 * idle thread, else to a new one while there are fewer than `size`, else to the least busy. A
 * thread that stopped is dropped (its requests failed, saying why); the next request starts another.
 */
export class ThreadPool<Request extends object, Reply extends object> {
  private threads: Thread<Request, Reply>[] = [];
  private readonly file: string;
  private readonly name: string;
  private readonly size: number;

  constructor(file: string, name: string, size: number) {
    this.file = file;
    this.name = name;
    this.size = size;
  }

  /** Threads running now. */
  get running(): number {
    return this.threads.filter((t) => t.alive).length;
  }

  /** Stops every thread; requests not yet answered fail. */
  async stop(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.stop()));
  }

  ask(request: Request): Promise<Reply> {
    this.threads = this.threads.filter((t) => t.alive);
    let thread = this.threads.find((t) => t.pending === 0);
    if (!thread && this.threads.length < this.size) {
      thread = new Thread<Request, Reply>(this.file, this.name);
      this.threads.push(thread);
    }
    thread ??= this.threads.reduce((a, b) => (b.pending < a.pending ? b : a));
    return thread.ask(request);
  }
}
