import type { MessageKey } from '../../i18n';
import type { Lever } from '../../store';
import type { MessageRecord } from '../../trace';
import { messageLabel } from '../../trace';

/** Ticks the Delay lever holds a message back. */
const DELAY_TICKS = 2;

/**
 * What the network can do to a message in flight, in the order offered: hand it over now, lose
 * it, copy it, hold it back. The message's menu and the in-flight list offer the same levers.
 */
export function messageLevers(id: number): { key: MessageKey; lever: Lever }[] {
  const message = { message: id };
  return [
    { key: 'menu.deliver', lever: { deliver: message } },
    { key: 'menu.drop', lever: { drop: message } },
    { key: 'menu.duplicate', lever: { duplicate: message } },
    { key: 'menu.delay', lever: { delay: { ...message, by: DELAY_TICKS } } },
  ];
}

/**
 * A message as the menu and the list name it, `Accept!(1,X) P1 → A3`; a copy made by the
 * network says so, since it has the same name as the original.
 */
export function messageName(
  m: MessageRecord,
  tr: (key: MessageKey, params?: Record<string, string>) => string,
): string {
  const name = `${messageLabel(m)} ${m.from} → ${m.to}`;
  return m.copyOf === null ? name : tr('message.copyName', { name });
}
