import { spawn } from 'node:child_process';
import { launchChromium } from '../bench/browser';
import { firstLane, LANE_VIEWS } from '../bench/lane';
import { median } from '../bench/report';

/**
 * Two (or more) builds' first lanes in one run, the builds and the views alternating, median of
 * RUNS (default 5): `npx tsx scripts/look/ab-lane.mts before=/tmp/old-dist after=dist`. Each
 * build is served by `vite preview --outDir` on its own port from AB_PORT (default 4431, two
 * apart). The lane is found by its class, which builds from before `data-lane` also have.
 */
const builds = process.argv.slice(2).map((arg) => arg.split('=') as [string, string]);
const runs = Number(process.env.RUNS ?? 5);
const firstPort = Number(process.env.AB_PORT ?? 4431);
const servers = builds.map(([, dir], i) =>
  spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      String(firstPort + 2 * i),
      '--strictPort',
    ],
    { stdio: 'ignore', detached: true },
  ),
);
await new Promise((r) => setTimeout(r, 4000));
const browser = await launchChromium();
const times = builds.map(() => LANE_VIEWS.map(() => [] as number[]));
try {
  for (let run = 0; run < runs; run++)
    for (const [v, [, search]] of LANE_VIEWS.entries())
      for (const [b] of builds.entries())
        times[b]![v]!.push(
          await firstLane(
            browser,
            `http://127.0.0.1:${firstPort + 2 * b}/${search}`,
            'line.px-lane',
          ),
        );
} finally {
  await browser.close();
  for (const server of servers) if (server.pid !== undefined) process.kill(-server.pid);
}
for (const [v, [view]] of LANE_VIEWS.entries())
  console.log(
    view,
    builds
      .map(
        ([name], b) =>
          `${name} ${Math.round(median(times[b]![v]!))} ms [${times[b]![v]!.map(Math.round).join(' ')}]`,
      )
      .join(' · '),
  );
