/**
 * Helpers that work the same in the page and inside `<paxos-scope>`'s shadow root, where a
 * document listener sees the custom element as every event's target and the document's
 * active element is the custom element too.
 */

/** Whether an event happened inside an element (through shadow roots, unlike `contains`). */
export function isInside(event: Event, element: Element | null): boolean {
  return element !== null && event.composedPath().includes(element);
}

/** The focused element in the document or shadow root that holds `element`. */
export function activeElementIn(element: Element | null): Element | null {
  const root = element?.getRootNode() as Document | ShadowRoot | undefined;
  return root?.activeElement ?? null;
}
