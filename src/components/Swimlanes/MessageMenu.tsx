import { useState } from 'react';
import { pullLever, select, usePaxos, useStoreApi } from '../../store';
import { Menu } from '../Menu';
import { useT } from '../useT';
import { messageLevers, messageName } from './messageLevers';

/**
 * What the network can do to a message in flight — hand it over now, lose it, copy it, hold it
 * back — under the message's name. Where a click reached several messages (packets on top of
 * each other, a fan of arrows at its sender) it first asks which one, by name.
 */
export function MessageMenu({
  ids,
  x,
  y,
  onClose,
}: {
  /** The messages the click reached, nearest first. */
  ids: readonly number[];
  x: number;
  y: number;
  onClose(): void;
}) {
  const tr = useT();
  const store = useStoreApi();
  const messages = usePaxos((s) => s.trace.messages);
  const [chosen, setChosen] = useState<number | null>(ids.length === 1 ? ids[0]! : null);
  const style = { left: x, top: y };
  const record = chosen === null ? undefined : messages[chosen];
  if (record !== undefined) {
    const name = messageName(record, tr);
    return (
      <Menu
        key={record.id}
        title={name}
        label={tr('menu.message', { label: name })}
        items={messageLevers(record.id).map(({ key, lever }) => ({
          label: tr(key),
          onSelect: () => pullLever(store, lever),
        }))}
        onClose={onClose}
        style={style}
        keepInside
      />
    );
  }
  const records = ids.flatMap((id) => messages[id] ?? []);
  if (records.length === 0) return null;
  const which = tr('menu.which', { count: records.length });
  return (
    <Menu
      title={which}
      label={which}
      items={records.map((m) => ({
        label: messageName(m, tr),
        opens: true,
        onSelect: () => {
          if (store.getState().selected !== m.id) select(store, m.id);
          setChosen(m.id);
        },
      }))}
      onClose={onClose}
      style={style}
      keepInside
    />
  );
}
