/**
 * Runs a command and measures it the way `npm run bench` reports it: wall time, and peak resident
 * memory summed over the whole process tree (the Node process and any native children such as
 * Pagefind's binary), sampled from /proc about every 50 ms.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cpuTicks, descendants, parentPid, residentBytes } from "./stats.ts";

/** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
const TICK_MS = 10;

export interface Measured {
  readonly wallMs: number;
  /** Largest sum of VmRSS over the tree seen in one sample (0 when /proc is not available) */
  readonly peakBytes: number;
  /** CPU time (user + system) of the tree, from the last sample: robust to other load on the machine */
  readonly cpuMs: number;
  readonly samples: number;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Resident bytes and CPU ticks of `root` and all its descendants right now. */
export function treeUsage(root: number): { bytes: number; ticks: number } {
  const parents = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return { bytes: 0, ticks: 0 };
  }
  const stats = new Map<number, string>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readText(`/proc/${entry}/stat`);
    const parent = stat ? parentPid(stat) : undefined;
    if (parent !== undefined) parents.set(Number(entry), parent);
    if (stat) stats.set(Number(entry), stat);
  }
  let bytes = 0;
  let ticks = 0;
  for (const pid of descendants(root, parents)) {
    const status = readText(`/proc/${pid}/status`);
    if (status) bytes += residentBytes(status);
    const stat = stats.get(pid);
    if (stat) ticks += cpuTicks(stat);
  }
  return { bytes, ticks };
}

export function measureCommand(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; intervalMs?: number }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    let peakBytes = 0;
    let peakTicks = 0;
    let samples = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const usage = treeUsage(child.pid);
      peakBytes = Math.max(peakBytes, usage.bytes);
      peakTicks = Math.max(peakTicks, usage.ticks);
      samples++;
    };
    const timer = setInterval(sample, options.intervalMs ?? 50);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (exitCode) => {
      clearInterval(timer);
      resolve({ wallMs: performance.now() - started, peakBytes, cpuMs: peakTicks * TICK_MS, samples, exitCode, stdout, stderr });
    });
  });
}
