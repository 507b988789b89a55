/**
 * Timing tasks side by side: in each round, every task of a comparison runs in turn (the order turning from round
 * to round), so that ours and its peer meet the same state of the machine. The time of a task is the median of all
 * its timed runs.
 *
 * - A short task (the national size) runs in batches: per turn, `warmup` untimed runs, then `batch` timed runs
 *   back to back, as a program calling it again and again runs it. All garbage is collected once, before the first
 *   round; within the rounds each task meets the collections its own garbage brings on, in its own turns.
 * - A long task (the large size) runs once per turn, timed, after one untimed round of every task; all garbage is
 *   collected before each turn, so that no task pays for the garbage of the one before it.
 *
 * Why not a full collection before every short turn: a forced full collection also frees the hidden classes (maps)
 * that only the last call's objects held, and V8 then throws away the optimised code that checks for them (`--trace-deopt`:
 * "marking dependent code … reason: weak objects"). A task of a few milliseconds would then run unoptimised code
 * after every collection: measured at national size, scoreAnswers took 12.9 ms with a collection before each call
 * and 2.0 ms without, the floor 0.82 ms either way. Since 5 December (third round) scoring keeps one small object of
 * each such kind alive (src/internal/kept-layouts.ts), and scoreAnswers takes 2.0 ms either way; the plan is kept, so
 * that figures stay comparable from run to run, and because other code (the CSV readers) still loses its code.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

// A full collection before each turn: exposed once, at load.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** How a comparison is timed. */
export interface Plan {
  /** Rounds of timed turns. */
  readonly rounds: number;
  /** Untimed runs of each task at the start of each of its turns. */
  readonly warmup: number;
  /** Timed runs of each task per turn. */
  readonly batch: number;
  /** Untimed rounds before the timed ones (each task run once in each). */
  readonly warmupRounds: number;
}

/** National size: 12 rounds × (3 untimed + 8 timed runs) per task. */
export const SHORT: Plan = { rounds: 12, warmup: 3, batch: 8, warmupRounds: 0 };
/** Large size: 1 untimed round, then 7 rounds of one timed run per task. */
export const LONG: Plan = { rounds: 7, warmup: 0, batch: 1, warmupRounds: 1 };

/** A median time and the number of runs it is the median of. */
export interface Timing {
  readonly ms: number;
  readonly runs: number;
}

/** A task to time: its name (for progress) and what it runs; a returned promise is awaited inside its time. */
export interface Task {
  readonly name: string;
  readonly run: () => unknown;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function once(task: Task): Promise<number> {
  const started = performance.now();
  const result = task.run();
  if (result instanceof Promise) await result;
  return performance.now() - started;
}

/**
 * Times the tasks side by side by the plan; returns each task's median, in the order given. `log` gets one line of
 * progress per task.
 */
export async function interleave(tasks: readonly Task[], plan: Plan, log: (message: string) => void): Promise<Timing[]> {
  const samples: number[][] = tasks.map(() => []);
  const long = plan.batch === 1;
  collectGarbage();
  for (let round = 0; round < plan.warmupRounds; round++) {
    for (const task of tasks) {
      if (long) collectGarbage();
      await once(task);
    }
  }
  for (let round = 0; round < plan.rounds; round++) {
    for (let turn = 0; turn < tasks.length; turn++) {
      const t = (turn + round) % tasks.length;
      const task = tasks[t]!;
      if (long) collectGarbage();
      for (let k = 0; k < plan.warmup; k++) await once(task);
      for (let k = 0; k < plan.batch; k++) samples[t]!.push(await once(task));
    }
  }
  return tasks.map((task, t) => {
    const timing = { ms: median(samples[t]!), runs: samples[t]!.length };
    log(`  ${task.name}: ${timing.ms.toFixed(2)} ms, median of ${timing.runs}`);
    return timing;
  });
}

/** Collects all garbage now (before a measurement of memory, or between sections). */
export function collectAll(): void {
  collectGarbage();
}
