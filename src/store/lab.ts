import type { Invariant, Protocol, RuleBreak } from '../engine';
import { BUGS, isBug, isRuleBreak } from '../engine';
import type { Lang } from '../i18n';
import { labT } from '../i18n/lab';
import type { LabKey } from '../i18n/lab';
import type { Scenario, Text } from '../scenario';
import type {
  Counterexample,
  Explorer,
  ExploreModel,
  SearchProgress,
  SearchReport,
} from '../sim/explore';
// Straight from the modules, not the folder's index: the page needs the model and the scenario
// builder, and the index would bring the search itself into the page's bundle.
import {
  AGREEMENT_ONLY,
  LAB_LIMITS,
  LAB_MODEL,
  LAB_RANDOM,
  LOG_MODEL,
  LOG_MODEL_INVARIANTS,
  MODEL_LIMITS,
} from '../sim/explore/model';
import type { Target } from '../sim/explore/model';
import { counterexampleScenario } from '../sim/explore/scenario';
import { edit } from './edit';
import { toEnd } from './playback';
import { loadScenario } from './loadScenario';
import type { PaxosStore } from './state';

/** Where the safety lab's search is: its outcome stays after another run is loaded. */
export type SearchState =
  | { status: 'idle' }
  /**
   * `found`: what random schedules found, shrunk, already on the timeline while every shorter
   * schedule is searched (null until then).
   */
  | { status: 'running'; progress: SearchProgress | null; found: Counterexample | null }
  | { status: 'done'; report: SearchReport }
  | { status: 'cancelled'; progress: SearchProgress | null; found: Counterexample | null }
  | { status: 'failed'; error: string };

export interface LabSlice {
  /**
   * The size of the next search (null: the lab's default, LAB_MODEL); its broken rules are the
   * run's own, taken when it starts. The default lives with the lab's code, loaded on demand.
   */
  model: ExploreModel | null;
  search: SearchState;
  /** Whether the lab's drawer is open: while it is, the quorum view is shown in it. */
  open: boolean;
}

/**
 * The safety lab's actions: break or keep a rule, search for a run that breaks agreement,
 * cancel it, and put what it found on the timeline. Only the lab's (lazily loaded) components
 * import this module, so the words and the scenario builder it needs load with them.
 */

/**
 * The rules of Multi-Paxos the lab can break, in the order it lists them: the leader's
 * recovery first (it takes the place of Basic Paxos's "propose what the promises report"),
 * then the acceptors' and the quorums' rules both protocols share, then the log's own.
 */
const LOG_RULES: readonly RuleBreak[] = [
  'ignore-promised-slots',
  'amnesiac-acceptor',
  'minority-quorum',
  'accept-any-ballot',
  'shared-ballots',
  'skip-holes',
  'no-dedup',
  'out-of-order-apply',
];

/** The rules the lab can break in a run of `protocol`, in the order it lists them. */
export function rulesOf(protocol: Protocol | undefined): readonly RuleBreak[] {
  return protocol === 'multi-paxos' ? LOG_RULES : BUGS;
}

/** Keeps a rule of Paxos or breaks it: the run is played again from the start, and Undo can bring it back. */
export function setRuleKept(store: PaxosStore, bug: RuleBreak, kept: boolean): void {
  const { bugs, protocol } = store.getState().scenario;
  if (bugs.includes(bug) !== kept) return;
  const next = rulesOf(protocol).filter((b) => (b === bug ? !kept : bugs.includes(b)));
  edit(store, { kind: 'bugs', bugs: next });
}

/** The invariants a search of this run looks for a break of: the log's for a Multi-Paxos run. */
export function searchedInvariants(scenario: Scenario): Target {
  return scenario.protocol === 'multi-paxos' ? LOG_MODEL_INVARIANTS : AGREEMENT_ONLY;
}

/** The lab's words for what a counterexample breaks: "two values are chosen", "… in one slot". */
export function brokenKey(invariant: Invariant, protocol: Protocol | undefined): LabKey {
  return invariant === 'Agreement' && protocol === 'multi-paxos'
    ? 'broken.Agreement.log'
    : `broken.${invariant}`;
}

/** Sizes the next search; values outside the lab's choices are the component's to prevent. */
export function setLabModel(
  store: PaxosStore,
  change: Partial<Pick<ExploreModel, 'acceptors' | 'proposers'> & ExploreModel['bounds']>,
): void {
  store.setState(({ lab }) => {
    const current = labModel(lab.model);
    const { acceptors = current.acceptors, proposers = current.proposers, ...bounds } = change;
    const model = { ...current, acceptors, proposers, bounds: { ...current.bounds, ...bounds } };
    return { lab: { ...lab, model } };
  });
}

/** The size the next search explores: the one chosen, or the lab's default. */
export function labModel(model: ExploreModel | null): ExploreModel {
  return model ?? LAB_MODEL;
}

/** A running search's cancel, per store: only one search runs per Paxoscope. */
const running = new WeakMap<PaxosStore, () => void>();

function setSearch(store: PaxosStore, search: SearchState): void {
  store.setState(({ lab }) => ({ lab: { ...lab, search } }));
}

/**
 * Searches for a run of the lab's model, with the run's broken rules, in which two values are
 * chosen (random schedules, then every schedule). A counterexample replaces the run on screen,
 * at its end, where the violation is; with every rule kept, the report is the bounded claim.
 */
export function findCounterexample(store: PaxosStore, explore: Explorer): void {
  cancelSearch(store);
  const { lab, scenario } = store.getState();
  const model = searchedModel(labModel(lab.model), scenario);
  const target = searchedInvariants(scenario);
  let interim: Counterexample | null = null;
  let progress: SearchProgress | null = null;
  setSearch(store, { status: 'running', progress, found: interim });
  const cancel = explore({ model, target, limits: LAB_LIMITS, random: LAB_RANDOM }, (message) => {
    if (message.kind === 'progress' || message.kind === 'found') {
      if (message.kind === 'progress') progress = message.progress;
      else {
        // Shown at once: the search for a shorter run can take half a minute on a log.
        interim = message.counterexample;
        showCounterexample(store, model, interim);
      }
      setSearch(store, { status: 'running', progress, found: interim });
      return;
    }
    running.delete(store);
    if (message.kind === 'failed') {
      setSearch(store, { status: 'failed', error: message.error });
      return;
    }
    setSearch(store, { status: 'done', report: message.report });
    const found = message.report.counterexample;
    // The random run is on screen already; only a shorter (or proven shortest) one replaces it.
    if (found !== null && !(interim !== null && found.found === 'random'))
      showCounterexample(store, message.report.model, found);
  });
  running.set(store, cancel);
}

/** Stops the search (its worker ends at once) and keeps how far it got. */
export function cancelSearch(store: PaxosStore): void {
  const cancel = running.get(store);
  if (cancel === undefined) return;
  running.delete(store);
  cancel();
  const { search } = store.getState().lab;
  const was = search.status === 'running' ? search : null;
  setSearch(store, {
    status: 'cancelled',
    progress: was?.progress ?? null,
    found: was?.found ?? null,
  });
}

/**
 * Whether a search of this run takes the run's own number of acceptors, whatever the lab's
 * size says: its quorums are counts of them, when a model can have that many.
 */
export function runSetsAcceptors(scenario: Scenario): boolean {
  return scenario.quorums !== undefined && scenario.nodes.acceptors <= MODEL_LIMITS.acceptors[1];
}

/**
 * The model a search of this run explores: the lab's size with the run's broken rules, and
 * the run's own quorums, so its own number of acceptors (a quorum is a count of them), when a
 * model can have that many. A Multi-Paxos run is searched as a log of two slots with one
 * client retry.
 */
export function searchedModel(size: ExploreModel, scenario: Scenario): ExploreModel {
  const { quorums } = scenario;
  const acceptors = scenario.nodes.acceptors;
  const own = quorums !== undefined && runSetsAcceptors(scenario);
  const sized = { ...size, ...(own ? { acceptors, quorums: { ...quorums } } : {}) };
  if (scenario.protocol !== 'multi-paxos') return { ...sized, bugs: scenario.bugs.filter(isBug) };
  return {
    ...sized,
    protocol: 'multi-paxos',
    slots: LOG_MODEL.slots!,
    bugs: scenario.bugs,
    bounds: { ...size.bounds, retries: LOG_MODEL.bounds.retries! },
  };
}

/** Opens a counterexample found in `model` as the run on screen, at its last step (the violation). */
function showCounterexample(store: PaxosStore, model: ExploreModel, found: Counterexample): void {
  const words = (lang: Lang) => ({
    title: labT(lang, 'scenario.title', {
      rule:
        model.bugs
          .filter(isRuleBreak)
          .map((bug) => labT(lang, `rule.${bug}.name`))
          .join(' + ') || '—',
    }),
    goal: labT(lang, `scenario.goal.${found.found}`, {
      broken: labT(lang, brokenKey(found.violation.invariant, model.protocol)),
    }),
  });
  const [en, zh] = [words('en'), words('zh')];
  const text = (key: 'title' | 'goal'): Text => ({ en: en[key], zh: zh[key] });
  const scenario = counterexampleScenario(model, found.steps, {
    name: null,
    title: text('title'),
    goal: text('goal'),
  });
  loadScenario(store, scenario);
  toEnd(store);
}
