import { useState } from 'react';
import type { NodeView } from '../../store';
import { Menu } from '../Menu';
import { useT } from '../useT';
import { spokenOf } from './NodeHeader';

interface Props {
  views: NodeView[];
  /** Where the visible sign of the list sits: the room over the label gutter. */
  signX: number;
  onChoose(id: string): void;
}

/**
 * Lanes too narrow for a finger share one target: the whole row of headers opens a list of
 * every node, its state in words (which its narrow header can only abbreviate), and choosing
 * one opens that node's menu. A sign at the row's end says the row is a button.
 */
export function NodeList({ views, signX, onChoose }: Props) {
  const tr = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="px-node-list"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={tr('nodes.list')}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="px-node-list__sign" style={{ left: signX }} aria-hidden="true">
          {tr('nodes.sign')}
        </span>
      </button>
      {open ? (
        <Menu
          label={tr('nodes.list')}
          className="px-menu--nodes"
          items={views.map((view) => ({
            label: spokenOf(view, tr),
            opens: true,
            onSelect: () => {
              setOpen(false);
              onChoose(view.id);
            },
          }))}
          onClose={() => setOpen(false)}
          style={{ left: 0, right: 0, top: '100%' }}
        />
      ) : null}
    </>
  );
}
