import type { Message } from '../engine';
import type { Trace } from '../trace';
import type { State } from './state';
import { causalFamily } from './timeline';

/**
 * The log slot a message belongs to, or null when it belongs to no single slot. Only Accept! and
 * Accepted carry one slot's proposal. A Promise reports accepted entries for many slots and a
 * Prepare's slot is only where reporting starts, so neither lights up with one slot; Request,
 * Response and Heartbeat precede or follow the log.
 */
export function slotOfMessage(m: Pick<Message, 'type' | 'slot'>): number | null {
  if (m.type !== 'Accept' && m.type !== 'Accepted') return null;
  return m.slot ?? null;
}

/** Whether a message is one of the given slot's messages (what the log's slot highlight lights). */
export function belongsToSlot(m: Pick<Message, 'type' | 'slot'>, slot: number): boolean {
  return slotOfMessage(m) === slot;
}

/** The ids of every message of the run that belongs to the slot, in send order. */
export function slotMessageIds(trace: Pick<Trace, 'messages'>, slot: number): Set<number> {
  const ids = new Set<number>();
  for (const m of trace.messages) if (belongsToSlot(m, slot)) ids.add(m.id);
  return ids;
}

/** The slot the log panel lights in the diagram: the one pointed at (or focused), else the picked one. */
export function litSlot(state: Pick<State, 'slotHovered' | 'slotPicked'>): number | null {
  return state.slotHovered ?? state.slotPicked;
}

/** The slot of the clicked message, when it belongs to one (an Accept! or Accepted). */
export function clickedSlot(state: Pick<State, 'selected' | 'trace'>): number | null {
  const message = state.selected === null ? undefined : state.trace.messages[state.selected];
  return message === undefined ? null : slotOfMessage(message);
}

/**
 * The slot the log panel marks: the one it lights, else the slot of the clicked message, so a
 * click on an Accept! in the diagram finds its row.
 */
export function highlightedSlot(
  state: Pick<State, 'slotHovered' | 'slotPicked' | 'selected' | 'trace'>,
): number | null {
  return litSlot(state) ?? clickedSlot(state);
}

/**
 * What the diagram picks out, if anything: a slot's messages while the log lights one (they
 * stand out together, none above the others), else the clicked message with its causes and
 * effects.
 */
export interface LitMessages {
  ids: ReadonlySet<number>;
  /** The clicked message, drawn strongest; null when a slot is lit. */
  selected: number | null;
}

export function litMessages(
  trace: Trace,
  slot: number | null,
  selected: number | null,
): LitMessages | null {
  if (slot !== null) return { ids: slotMessageIds(trace, slot), selected: null };
  if (selected !== null) return { ids: causalFamily(trace, selected), selected };
  return null;
}
