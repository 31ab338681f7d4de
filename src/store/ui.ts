import type { Lang } from '../i18n';
import type { PaxosStore, State } from './state';

/** `system` follows the operating system's light or dark setting. */
export type Theme = 'system' | 'light' | 'dark';

/** How the screen shows the run: words, look, what is picked out, and the lesson's answers. */
export interface UiSlice {
  lang: Lang;
  theme: Theme;
  /** The clicked message (its causes and effects are highlighted). */
  selected: number | null;
  hovered: number | null;
  /** The Multi-Paxos log's slot under the pointer or the keyboard's focus: its messages light up. */
  slotHovered: number | null;
  /** The log's slot clicked (again to let go): its messages stay lit until a message is clicked. */
  slotPicked: number | null;
  /** The view keeps the cursor in sight until the user scrolls away. */
  follow: boolean;
  /**
   * The view shows the whole run, tick 0 to its end (Fit, or the end reached while following),
   * and keeps showing it as the run changes. It implies `follow`: the cursor is always in sight.
   */
  fit: boolean;
  /** Animations on (off for reduced motion and for stable screenshots). */
  motion: boolean;
  /** Lesson stops whose question has been answered: playing no longer pauses there. */
  revealed: ReadonlySet<number>;
  /** The option the audience picked at each question. */
  guesses: ReadonlyMap<number, number>;
  /** Presenter mode: large type, high contrast, a caption bar; `blank` hides the screen (B). */
  presenting: boolean;
  blank: boolean;
  /** Whether this screen shows the lesson: only then does a question pause playing (not in an embed). */
  lessons: boolean;
}

export function uiSlice(lang: Lang): UiSlice {
  return {
    lang,
    theme: 'system',
    selected: null,
    hovered: null,
    slotHovered: null,
    slotPicked: null,
    follow: true,
    fit: false,
    motion: true,
    revealed: new Set(),
    guesses: new Map(),
    presenting: false,
    blank: false,
    lessons: true,
  };
}

/** Clicks a message (again to let go); its causes and effects light up instead of a picked slot. */
export function select(store: PaxosStore, message: number | null): void {
  store.setState((state) => ({
    selected: state.selected === message ? null : message,
    slotPicked: null,
  }));
}

/** Points at a slot of the log (or focuses it), or at none. */
export function hoverSlot(store: PaxosStore, slot: number | null): void {
  store.setState({ slotHovered: slot });
}

/**
 * Clicks a slot of the log (again to let go); it replaces a clicked message. Letting go also
 * forgets the pointer and focus on the row: the user asked for the whole diagram back, and the
 * pointer still resting on the row would otherwise keep the slot lit.
 */
export function pickSlot(store: PaxosStore, slot: number): void {
  store.setState((state) =>
    state.slotPicked === slot
      ? { slotPicked: null, slotHovered: null, selected: null }
      : { slotPicked: slot, selected: null },
  );
}

/**
 * Lets go of whatever picks out part of the diagram (Escape): a picked slot, a slot lit by the
 * pointer or the focus, a clicked message. Says whether anything was let go, so Escape can
 * mean "leave presenter mode" only when nothing was picked.
 */
export function letGo(store: PaxosStore): boolean {
  const { slotPicked, slotHovered, selected } = store.getState();
  if (slotPicked === null && slotHovered === null && selected === null) return false;
  store.setState({ slotPicked: null, slotHovered: null, selected: null });
  return true;
}

export function hover(store: PaxosStore, message: number | null): void {
  store.setState({ hovered: message });
}

/** Follows the cursor at a reading zoom (the Follow button), or stops (the user moved the view). */
export function setFollow(store: PaxosStore, follow: boolean): void {
  store.setState({ follow, fit: false });
}

/**
 * The most messages the whole-run view draws at once: every preset fits (the stress run has
 * about 5,000), while a stranger's heaviest run (100,000) would hold the page for seconds.
 */
export const FIT_MESSAGES_MAX = 8000;

/** Whether the whole run can be in view at once (see FIT_MESSAGES_MAX). */
export function canFit(state: Pick<State, 'trace'>): boolean {
  return state.trace.messages.length <= FIT_MESSAGES_MAX;
}

/** The whole run in view (the Fit button, F): following, as every tick is in sight. */
export function fitRun(store: PaxosStore): void {
  if (canFit(store.getState())) store.setState({ follow: true, fit: true });
}

export function setLang(store: PaxosStore, lang: Lang): void {
  store.setState({ lang });
}

/** The audience's prediction at a lesson question. */
export function guess(store: PaxosStore, stop: number, option: number): void {
  store.setState((s) => ({ guesses: new Map(s.guesses).set(stop, option) }));
}

/** Shows a question's answer; playing goes on past it from now on. */
export function reveal(store: PaxosStore, stop: number): void {
  store.setState((s) => ({ revealed: new Set(s.revealed).add(stop) }));
}

/** Presenter mode on or off; leaving it also lifts a blanked screen. */
export function setPresenting(store: PaxosStore, presenting: boolean): void {
  store.setState({ presenting, blank: false });
}

/** Blanks the screen in presenter mode (B or . on a clicker), or shows it again. */
export function toggleBlank(store: PaxosStore): void {
  store.setState((s) => ({ blank: s.presenting && !s.blank }));
}

export function setTheme(store: PaxosStore, theme: Theme): void {
  store.setState({ theme });
}

export function setMotion(store: PaxosStore, motion: boolean): void {
  store.setState({ motion });
}
