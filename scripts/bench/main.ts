import { benchBundle } from './bundle';
import { benchEngine } from './engine';
import { benchExplore } from './explore';
import { benchFrames } from './frames';
import { benchLane } from './lane';
import { benchSeek } from './seek';
import { benchStrangers } from './strangers';

/** `npm run bench [-- NAME...]`: runs the named benchmarks (all by default) and records them. */
const BENCHES: Record<string, () => void | Promise<void>> = {
  engine: benchEngine,
  seek: benchSeek,
  frames: benchFrames,
  bundle: benchBundle,
  lane: benchLane,
  explore: benchExplore,
  strangers: benchStrangers,
};

const names = process.argv.slice(2);
for (const name of names.length > 0 ? names : Object.keys(BENCHES)) {
  const bench = BENCHES[name];
  if (bench === undefined) {
    console.error(
      `bench: unknown benchmark ${JSON.stringify(name)} (known: ${Object.keys(BENCHES).join(', ')})`,
    );
    process.exit(2);
  }
  await bench();
}
