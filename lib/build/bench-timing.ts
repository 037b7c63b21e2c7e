/**
 * The build's and the preview's phase timings for `npm run bench`: with BENCH_TIMINGS=1 (which the
 * bench sets), one `[bench-timing] <phase> <ms>` line per phase, read back by lib/bench/stats.ts.
 * Without it, nothing is printed.
 */
export function benchTiming(phase: string, startedAt: number, log: (line: string) => void = (line) => console.log(line)): void {
  if (process.env.BENCH_TIMINGS === "1") log(`[bench-timing] ${phase} ${(performance.now() - startedAt).toFixed(1)}`);
}
