/**
 * The scale benchmark's figures and the floors they are held to (issue 14), kept apart from the
 * runner (`bench.ts`) so the judgement is unit-tested.
 */

/** Build stages, in order, as read from the build's log; "other" is set-up and what follows. */
export const STAGES = ['content', 'bundle', 'pages', 'search', 'cards', 'other'] as const;
export type Stage = (typeof STAGES)[number];

export interface BuildFigures {
  /** Wall time of `astro build`, seconds. */
  seconds: number;
  /** CPU time of the build's processes, user and system, seconds. */
  cpuSeconds: number;
  /** Peak resident memory of the build and the processes it started, bytes. */
  peakBytes: number;
  /** Seconds spent in each stage. */
  stages: Record<Stage, number>;
  /** Peak memory in each stage: of all the build's processes, and of Astro's own (bytes). */
  peaks: Partial<Record<Stage, { all: number; astro: number }>>;
  /** HTML pages written. */
  pages: number;
  /** Files written. */
  files: number;
  /** Bytes of `dist/` by kind of file. */
  dist: Record<string, number>;
  /** The largest HTML page written, by its path in `dist/`. */
  largestPage?: { path: string; bytes: number } | undefined;
}

export interface ScaleRun {
  plans: number;
  cold: BuildFigures;
  /** The build again after adding one plan, with the cache and output of the cold one. */
  rebuild?: BuildFigures | undefined;
}

export interface Verdict {
  ok: boolean;
  text: string;
}

/** The floors: 10,000 plans within 10 minutes and 8 GB; per-page time growth; rebuild cost. */
export const FLOORS = {
  plans: 10_000,
  seconds: 600,
  peakBytes: 8 * 2 ** 30,
  perPageGrowth: 0.3,
  /** A rebuild after one new plan costs at most this share of the cold build. */
  rebuildShare: 0.5,
  /**
   * No page grows with the collection: the largest HTML page, at any size, at most this (three
   * times the real site's largest, the timeline, about 83 KB).
   */
  largestPageBytes: 256 * 1024,
} as const;

/**
 * CPU time per page: the build's work per page, which other work on a shared machine does not
 * inflate the way it inflates wall time (wall time per page is reported beside it).
 */
export const perPage = (f: BuildFigures) => f.cpuSeconds / f.pages;

/** Each floor that the runs can show, met or not. */
export function judgeScale(runs: ScaleRun[]): Verdict[] {
  const verdicts: Verdict[] = [];
  const sorted = [...runs].sort((a, b) => a.plans - b.plans);
  const big = sorted.find((r) => r.plans >= FLOORS.plans);
  if (big) {
    verdicts.push({
      ok: big.cold.seconds <= FLOORS.seconds,
      text: `${big.plans.toLocaleString('en')} plans build cold in ${(big.cold.seconds / 60).toFixed(1)} min (floor: ${FLOORS.seconds / 60} min)`,
    });
    verdicts.push({
      ok: big.cold.peakBytes <= FLOORS.peakBytes,
      text: `peak memory ${(big.cold.peakBytes / 2 ** 30).toFixed(2)} GB (floor: ${FLOORS.peakBytes / 2 ** 30} GB)`,
    });
  }
  const [small, large] = [sorted[0], sorted.at(-1)];
  if (small && large && large.plans > small.plans) {
    const growth = perPage(large.cold) / perPage(small.cold) - 1;
    verdicts.push({
      ok: growth <= FLOORS.perPageGrowth,
      text: `CPU time per page ${(perPage(small.cold) * 1000).toFixed(1)} ms at ${small.plans.toLocaleString('en')} plans, ${(perPage(large.cold) * 1000).toFixed(1)} ms at ${large.plans.toLocaleString('en')}: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)} % (floor: +${FLOORS.perPageGrowth * 100} %)`,
    });
  }
  const largest = large?.cold.largestPage;
  if (large && largest) {
    verdicts.push({
      ok: largest.bytes <= FLOORS.largestPageBytes,
      text: `${large.plans.toLocaleString('en')} plans: the largest page is ${largest.path}, ${Math.round(largest.bytes / 1024).toLocaleString('en')} KB (floor: ${FLOORS.largestPageBytes / 1024} KB: no page grows with the collection)`,
    });
  }
  for (const run of sorted) {
    if (!run.rebuild) continue;
    const share = run.rebuild.seconds / run.cold.seconds;
    verdicts.push({
      ok: share <= FLOORS.rebuildShare,
      text: `${run.plans.toLocaleString('en')} plans: a rebuild after one new plan takes ${run.rebuild.seconds.toFixed(0)} s, ${(share * 100).toFixed(0)} % of the cold build (floor: ${FLOORS.rebuildShare * 100} %)`,
    });
  }
  return verdicts;
}
