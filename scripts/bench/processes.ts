/**
 * What the benchmarks measure of a process, from Linux's /proc: peak resident memory, and the CPU
 * seconds of the children this process has waited for (user and system, every thread), which is
 * how `bench-ingest` and `bench-scale` compare lessons with pdftotext whatever else the machine runs.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** A memory figure of a running process from /proc/PID/status (VmHWM, VmRSS), in bytes; 0 once it has gone. */
function memoryOf(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Peak resident memory of a running process, in bytes. */
export const peakRss = (pid: number): number => memoryOf(pid, 'VmHWM');

/** Resident memory of a running process now, in bytes. */
export const currentRss = (pid: number): number => memoryOf(pid, 'VmRSS');

/** The fields of /proc/PID/stat after the command name, as numbers of clock ticks where they are times. */
function statFields(pid: number | 'self'): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU seconds (user + system) of every child this process has waited for so far: cutime + cstime. */
export function waitedChildrenCpu(): number {
  const fields = statFields('self');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

/** CPU seconds (user + system, every thread) a running process has used so far: utime + stime. */
export function processCpu(pid: number): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** The load averages, as a line printed beside every figure: a shared machine's figures need it. */
export function loadLine(): string {
  return `load average ${loadavg().map((value) => value.toFixed(2)).join(', ')}`;
}

export interface ChildRun {
  seconds: number;
  cpuSeconds: number;
  peak: number;
  stdout: string;
  code: number | null;
}

/** Runs a command to its end: wall time, its CPU seconds (all threads), peak RSS sampled every 100 ms, and its stdout. */
export async function runMeasured(command: string, args: string[], options: { cwd?: string; stderr?: 'inherit' | 'ignore' } = {}): Promise<ChildRun> {
  const cpuBefore = waitedChildrenCpu();
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', options.stderr ?? 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, peakRss(child.pid ?? 0))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: waitedChildrenCpu() - cpuBefore, peak, stdout, code };
}
