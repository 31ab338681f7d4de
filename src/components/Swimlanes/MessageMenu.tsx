import { manualAt, pullLever, usePaxos, useStoreApi } from '../../store';
import { messageLabel } from '../../trace';
import { Menu } from '../Menu';
import { useT } from '../useT';

/** Ticks the Delay lever holds a message back. */
const DELAY_TICKS = 2;

/**
 * What the network can do to a message in flight: lose it, copy it, hold it back, or — when
 * the user is the network — hand it over now.
 */
export function MessageMenu({
  id,
  x,
  y,
  onClose,
}: {
  id: number;
  x: number;
  y: number;
  onClose(): void;
}) {
  const tr = useT();
  const store = useStoreApi();
  const record = usePaxos((s) => s.trace.messages[id]);
  const manual = usePaxos((s) => manualAt(s.scenario, s.cursor));
  if (record === undefined) return null;
  const message = { message: id };
  const items = [
    ...(manual
      ? [{ label: tr('menu.deliver'), onSelect: () => pullLever(store, { deliver: message }) }]
      : []),
    { label: tr('menu.drop'), onSelect: () => pullLever(store, { drop: message }) },
    { label: tr('menu.duplicate'), onSelect: () => pullLever(store, { duplicate: message }) },
    {
      label: tr('menu.delay'),
      onSelect: () => pullLever(store, { delay: { ...message, by: DELAY_TICKS } }),
    },
  ];
  return (
    <Menu
      label={tr('menu.message', { label: messageLabel(record) })}
      items={items}
      onClose={onClose}
      style={{ left: x, top: y }}
    />
  );
}
