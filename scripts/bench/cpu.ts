import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time Chromium's threads have used, read from /proc: the one figure of a drawing benchmark
 * that a shared, noisy machine does not blur much (frame intervals depend on what else runs).
 * Only this process's descendants count, so another checkout's browser is not measured.
 */
export type CpuTimes = Map<string, number>;

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/** The threads worth naming; the rest are summed as "other". */
const THREADS: Record<string, string> = {
  'renderer:chromium': 'page main thread (script, style, layout, paint)',
  'renderer:ThreadPoolForeg': 'raster workers',
  'renderer:Compositor': 'page compositor',
  'gpu-process:VizCompositorTh': 'display compositor (viz)',
};

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Fields after the command name in /proc/…/stat (the name may hold spaces and parentheses). */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const stat = read(`/proc/${entry}/stat`);
    if (stat !== null) parent.set(Number(entry), Number(statFields(stat)[1]));
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, p] of parent) {
      if (p !== pid || found.includes(child)) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** CPU milliseconds so far of each Chromium thread this process started, by "type:name". */
export function chromiumCpu(): CpuTimes {
  const times: CpuTimes = new Map();
  if (!existsSync('/proc/self/stat')) return times;
  for (const pid of descendants(process.pid)) {
    const cmdline = read(`/proc/${pid}/cmdline`);
    if (cmdline === null || !cmdline.includes('chrom')) continue;
    const type = /--type=([a-z-]+)/.exec(cmdline)?.[1] ?? 'browser';
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (stat === null) continue;
      const name = /\((.*)\)/.exec(stat)?.[1] ?? '?';
      const fields = statFields(stat);
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
      const key = `${type}:${name}`;
      times.set(key, (times.get(key) ?? 0) + ms);
    }
  }
  return times;
}

/** What each named thread (and the rest together) used between two readings, in ms. */
export function cpuBetween(before: CpuTimes, after: CpuTimes): [string, number][] {
  const used = new Map<string, number>();
  for (const [key, ms] of after) {
    const name = THREADS[key] ?? 'other threads';
    used.set(name, (used.get(name) ?? 0) + ms - (before.get(key) ?? 0));
  }
  const named = Object.values(THREADS).map(
    (name) => [name, used.get(name) ?? 0] as [string, number],
  );
  return [...named, ['other threads', used.get('other threads') ?? 0]];
}
