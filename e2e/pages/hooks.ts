import type { FrameLocator, Locator, Page } from '@playwright/test';

/** Which messages to find besides their kind: by their ends, their fate or the start of their name. */
export interface MessageQuery {
  from?: string;
  to?: string;
  fate?: 'in-flight' | 'delivered' | 'dropped';
  /** How the accessible name begins, e.g. `Request(W)`. */
  named?: string;
}

/**
 * The `data-*` hooks a Paxoscope shows wherever it lives (the page, an iframe, a custom
 * element). They are written here once, so a renamed hook is one edit and the specs read as
 * what a user looks at.
 */
export class Hooks {
  constructor(readonly root: Page | FrameLocator | Locator) {}

  node(id: string): Locator {
    return this.root.locator(`[data-node="${id}"]`);
  }

  /** Every node's header, in lane order. */
  nodes(): Locator {
    return this.root.locator('[data-node]');
  }

  /** The role titles over the lanes (`Client`, `Proposer`…). */
  roleTitles(): Locator {
    return this.root.locator('[data-role-title]');
  }

  /** What a node's header shows of its state, line by line (words, or the compact notation). */
  nodeLines(id: string): Locator {
    return this.node(id).locator('.px-node__line');
  }

  /** A proposer's pending timer on its header: a ring and the ticks left. */
  countdown(id: string): Locator {
    return this.node(id).locator('[data-countdown]');
  }

  /** The key below the headers, or one entry of it (`p3`, `countdown`, `crash`, `lost`…). */
  legend(entry?: string): Locator {
    const legend = this.root.locator('[data-legend]');
    return entry === undefined ? legend : legend.locator(`[data-legend-entry="${entry}"]`);
  }

  /** The shape a legend entry draws (`cross`, `bar`…). */
  legendShape(entry: string): Locator {
    return this.legend(entry).locator('[data-shape]');
  }

  /** The marks on the diagram where nodes crashed (or restarted). */
  faultMarks(kind: 'crash' | 'restart', node?: string): Locator {
    const on = node === undefined ? '' : `[data-fault-node="${node}"]`;
    return this.root.locator(`[data-fault="${kind}"]${on}`);
  }

  /** Arrows, one per message (a packet in flight carries the same hooks, see packets()). */
  messages(type?: string, query: MessageQuery = {}): Locator {
    const { from, to, fate, named } = query;
    const selector = [
      type === undefined
        ? '[data-message]:not([data-packet])'
        : `[data-message="${type}"]:not([data-packet])`,
      from === undefined ? '' : `[data-from="${from}"]`,
      to === undefined ? '' : `[data-to="${to}"]`,
      fate === undefined ? '' : `[data-fate="${fate}"]`,
      named === undefined ? '' : `[aria-label^="${named}"]`,
    ].join('');
    return this.root.locator(selector);
  }

  /** The arrows that stand out: a lit log slot's messages, or a clicked message's family. */
  highlighted(): Locator {
    return this.root.locator('[data-message][data-highlighted]:not([data-packet])');
  }

  /** The arrows of one Multi-Paxos log slot: its Accept! and Accepted messages. */
  slotMessages(slot: number): Locator {
    return this.root.locator(`[data-message][data-slot="${slot}"]:not([data-packet])`);
  }

  /** The labels of the message groups on screen, top to bottom. */
  labels(): Locator {
    return this.root.locator('[data-label]');
  }

  /** The counts on labels that stand for several (`+3`), where labels crowd. */
  foldedCounts(): Locator {
    return this.root.locator('[data-label] [data-folded]');
  }

  /** The packets of messages in flight, the dots on their arrows, by kind and ends. */
  packets(type?: string, query: Pick<MessageQuery, 'from' | 'to'> = {}): Locator {
    const { from, to } = query;
    const selector = [
      '[data-packet]',
      type === undefined ? '' : `[data-message="${type}"]`,
      from === undefined ? '' : `[data-from="${from}"]`,
      to === undefined ? '' : `[data-to="${to}"]`,
    ].join('');
    return this.root.locator(selector);
  }

  /** The visible title of an open menu: the message (or node) it acts on. */
  menuTitle(): Locator {
    return this.root.locator('[data-menu-title]');
  }

  narration(): Locator {
    return this.root.locator('[data-narration]');
  }

  /** Where the run is: "tick t of n · step s of m", the tick also in `data-cursor`. */
  readout(): Locator {
    return this.root.locator('[data-cursor]');
  }

  /** Now on the diagram: the line across the lanes at the cursor, with its `t=` mark. */
  cursorLine(): Locator {
    return this.root.locator('[data-cursor-line]');
  }

  /** The buttons over the diagram's bottom right corner (Fit, and Follow when it shows). */
  viewButtons(): Locator {
    return this.root.locator('[data-view-buttons] button');
  }

  /** Why the run on screen is not the one asked for (a refused link, a cut run). */
  notice(): Locator {
    return this.root.locator('[data-notice]');
  }
}
