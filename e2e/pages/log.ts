import type { Locator, Page } from '@playwright/test';

/** The Multi-Paxos log panel and the unsafe-quorum notice, by their stable hooks. */
export class LogPanel {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.locator('[data-log]');
  }

  slot(n: number): Locator {
    return this.panel().locator(`[data-slot="${n}"]`);
  }

  /** Slot n's button, what a keyboard focuses to light the slot (a click keeps it lit). */
  slotButton(n: number): Locator {
    return this.slot(n).locator(`[data-slot-button="${n}"]`);
  }

  /** The rows the panel marks: the lit slot, or the slot of the clicked message. */
  highlightedRows(): Locator {
    return this.panel().locator('[data-slot][data-highlighted]');
  }

  /** The chosen cell of slot n (present only once a value is chosen there). */
  chosen(n: number): Locator {
    return this.slot(n).locator('[data-slot-chosen]');
  }

  /** Slot n's cell for an acceptor's vote, present once it accepted something there. */
  vote(n: number, acceptor: string): Locator {
    return this.slot(n).locator(`[data-vote="${acceptor}"]`);
  }

  /** The cell saying what a replica did with slot n, once it did something. */
  applied(n: number, replica: string): Locator {
    return this.slot(n).locator(`[data-replica-applied="${replica}"]`);
  }

  /** A replica's watermark, which opens its whole key-value state. */
  replicaStore(replica: string): Locator {
    return this.panel().locator(`[data-replica-store="${replica}"]`);
  }

  /** One key of a replica's opened key-value state. */
  storeKey(replica: string, key: string): Locator {
    return this.replicaStore(replica).locator(`[data-store-key="${key}"]`);
  }

  leaderLine(): Locator {
    return this.panel().locator('[data-log-leader]');
  }

  unsafeNotice(): Locator {
    return this.page.locator('[data-notice="notice.unsafeQuorums"]');
  }
}
