import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Thread, ThreadPool } from '../../src/lib/threads';

const ECHO = join(import.meta.dirname, '..', 'fixtures', 'threads', 'echo-worker.ts');

describe('worker threads that answer numbered requests', () => {
  let thread: Thread<{ say: string }, { said: string }> | undefined;
  afterEach(async () => {
    await thread?.stop();
    thread = undefined;
  });

  it('answers each request, however the answers interleave', async () => {
    thread = new Thread(ECHO, 'The echo worker');
    // The longer word is answered later: each answer still reaches its own request.
    const answers = await Promise.all(['slowest one', 'a', 'mid'].map((say) => thread!.ask({ say })));
    expect(answers).toEqual([{ said: 'SLOWEST ONE' }, { said: 'A' }, { said: 'MID' }]);
    expect(thread.pending).toBe(0);
  });

  it('fails a request with the message the worker threw, and goes on answering', async () => {
    thread = new Thread(ECHO, 'The echo worker');
    await expect(thread.ask({ say: 'fail' })).rejects.toThrow('asked to fail');
    await expect(thread.ask({ say: 'ok' })).resolves.toEqual({ said: 'OK' });
  });

  it('fails what it had not answered, and every later request, when the thread stops', async () => {
    thread = new Thread(ECHO, 'The echo worker');
    const waiting = thread.ask({ say: 'waiting for a long time' });
    await expect(thread.ask({ say: 'exit' })).rejects.toThrow('The echo worker stopped: exit code 3');
    await expect(waiting).rejects.toThrow('The echo worker stopped: exit code 3');
    expect(thread.alive).toBe(false);
    await expect(thread.ask({ say: 'again' })).rejects.toThrow('The echo worker stopped');
  });
});

describe('a pool of such threads', () => {
  it('starts threads as requests need them, at most its size, and a new one after one stops', async () => {
    const pool = new ThreadPool<{ say: string }, { said: string }>(ECHO, 'The echo worker', 2);
    expect(pool.running).toBe(0);
    const answers = await Promise.all(['one', 'two', 'three'].map((say) => pool.ask({ say })));
    expect(answers.map((a) => a.said)).toEqual(['ONE', 'TWO', 'THREE']);
    expect(pool.running).toBe(2);
    await expect(pool.ask({ say: 'exit' })).rejects.toThrow('The echo worker stopped: exit code 3');
    expect(pool.running).toBe(1);
    await expect(pool.ask({ say: 'again' })).resolves.toEqual({ said: 'AGAIN' });
    await pool.stop();
    expect(pool.running).toBe(0);
  });
});
