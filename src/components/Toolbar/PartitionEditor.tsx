import { useState } from 'react';
import { partitionSide, pullLever, usePaxos, useStoreApi } from '../../store';
import { laneNodes } from '../../trace';
import { useT } from '../useT';

const SIDES_MAX = 4;

/**
 * Split the network into sides: every node starts on the side it is on now (or side 1), a click
 * moves it to the next side. Split applies from the cursor on; Heal makes the network whole.
 */
export function PartitionEditor({ onDone }: { onDone(): void }) {
  const tr = useT();
  const store = useStoreApi();
  const nodes = usePaxos((s) => s.scenario.nodes);
  const partition = usePaxos((s) => s.world.partition);
  const ids = laneNodes(nodes).map((n) => n.id);
  const [side, setSide] = useState<Record<string, number>>(() => {
    const world = store.getState().world;
    const start: Record<string, number> = {};
    for (const id of ids) start[id] = partitionSide(world, id);
    return start;
  });
  const [sideCount, setSideCount] = useState(Math.max(2, partition.length + 1));
  const groups = Array.from({ length: sideCount }, (_, s) =>
    ids.filter((id) => side[id] === s),
  ).filter((g) => g.length > 0);
  return (
    <div className="px-panel">
      <p className="px-panel__hint">{tr('partition.hint')}</p>
      <div className="px-partition">
        {Array.from({ length: sideCount }, (_, s) => (
          <div key={s} className={`px-partition__side px-node--side${s + 1}`}>
            <div className="px-partition__title">{tr('partition.side', { side: s + 1 })}</div>
            {ids
              .filter((id) => side[id] === s)
              .map((id) => (
                <button
                  key={id}
                  type="button"
                  className="px-chip"
                  onClick={() => setSide({ ...side, [id]: (s + 1) % sideCount })}
                >
                  {id}
                </button>
              ))}
          </div>
        ))}
      </div>
      <div className="px-panel__actions">
        <button
          type="button"
          className="px-button"
          disabled={sideCount >= SIDES_MAX}
          onClick={() => setSideCount(sideCount + 1)}
        >
          {tr('partition.addSide')}
        </button>
        <button
          type="button"
          className="px-button px-button--primary"
          disabled={groups.length < 2}
          onClick={() => {
            pullLever(store, { partition: groups });
            onDone();
          }}
        >
          {tr('partition.apply')}
        </button>
        <button
          type="button"
          className="px-button"
          disabled={partition.length === 0}
          onClick={() => {
            pullLever(store, { heal: true });
            onDone();
          }}
        >
          {tr('partition.heal')}
        </button>
      </div>
    </div>
  );
}
