import { pullLever, useStoreApi } from '../../store';
import type { NodeView } from '../../store';
import { Menu } from '../Menu';
import { useT } from '../useT';

/** Crash, restart or isolate a node from now on; a running proposer can also be made to time out. */
export function NodeMenu({ view, x, onClose }: { view: NodeView; x: number; onClose(): void }) {
  const tr = useT();
  const store = useStoreApi();
  const items = [
    {
      label: tr('menu.crash'),
      disabled: !view.up,
      onSelect: () => pullLever(store, { crash: view.id }),
    },
    {
      label: tr('menu.restart'),
      disabled: view.up,
      onSelect: () => pullLever(store, { restart: view.id }),
    },
    {
      label: tr('menu.isolate'),
      disabled: !view.up,
      onSelect: () => pullLever(store, { partition: [[view.id]] }),
    },
    ...(view.role === 'proposer'
      ? [
          {
            label: tr('menu.timeout'),
            disabled: !view.timer,
            onSelect: () => pullLever(store, { timeout: view.id }),
          },
        ]
      : []),
  ];
  return (
    <Menu
      label={tr('menu.node', { node: view.id })}
      items={items}
      onClose={onClose}
      style={{ left: x, top: '100%' }}
    />
  );
}
