import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario';
import { presetFile } from '../scenario/presets';
import { runScenario } from './run';
import { chosen, eventsOf, heard, runPreset } from './presets.testing';

/** The presets where the trouble is timing and the network rather than a failed node. */

describe('preset dueling-proposers', () => {
  const trace = runPreset('dueling-proposers');
  const change = eventsOf(trace, 'configure')[0]!;
  const backoffs = eventsOf(trace, 'backoff');

  it('duels for many rounds with backoff 0: Nack after Nack, nothing chosen', () => {
    const before = backoffs.filter((e) => e.at < change.at);
    expect(before.length).toBeGreaterThanOrEqual(8);
    expect(before.every((e) => e.reason === 'nack' && e.retryAt === e.at)).toBe(true);
    expect(new Set(before.map((e) => e.node))).toEqual(new Set(['P1', 'P2']));
    expect(chosen(trace).filter((c) => c.at < change.at)).toEqual([]);
  });

  it('ends the duel with random backoff: one proposer waits and the other decides meanwhile', () => {
    expect(change.settings.proposer.backoff).toEqual([0, 8]);
    const [firstWait] = backoffs.filter((e) => e.at >= change.at);
    const [first] = chosen(trace);
    expect(firstWait!.retryAt).toBeGreaterThan(firstWait!.at);
    expect(first!.at).toBeGreaterThan(change.at);
    expect(first!.at).toBeLessThan(firstWait!.retryAt);
    const winner = eventsOf(trace, 'decide')[0]!;
    expect(winner.node).not.toBe(firstWait!.node);
  });

  it('keeps dueling past that point when backoff stays 0', () => {
    const file = presetFile('dueling-proposers');
    const script = (file.script as Record<string, unknown>[]).filter((e) => !('proposer' in e));
    const result = validateScenario({ ...file, script, stops: [] });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const stuck = runScenario(result.scenario);
    expect(stuck.final.ghost.chosen[0]!.at).toBeGreaterThan(chosen(trace)[0]!.at);
  });

  it('chooses one value, and both clients hear it', () => {
    const values = new Set(chosen(trace).map((c) => c.value));
    expect(values.size).toBe(1);
    for (const client of ['C1', 'C2']) {
      expect(heard(trace, client)).not.toEqual([]);
      expect(new Set(heard(trace, client))).toEqual(values);
    }
  });
});

describe('preset lossy-network', () => {
  const trace = runPreset('lossy-network');

  it('loses and duplicates messages, and P1 retries after a timeout', () => {
    expect(trace.messages.filter((m) => m.dropReason === 'loss').length).toBeGreaterThanOrEqual(3);
    expect(trace.messages.filter((m) => m.copyOf !== null).length).toBeGreaterThanOrEqual(3);
    expect(eventsOf(trace, 'backoff').map((e) => e.reason)).toContain('timeout');
  });

  it('still chooses exactly one value, X, which every learner learns and C1 hears', () => {
    expect(new Set(chosen(trace).map((c) => c.value))).toEqual(new Set(['X']));
    expect(trace.final.learners.map((l) => l.learned?.value)).toEqual(['X', 'X']);
    expect(heard(trace, 'C1').length).toBeGreaterThan(0);
    expect(heard(trace, 'C1').every((v) => v === 'X')).toBe(true);
    expect(trace.violations).toEqual([]);
  });
});

describe('preset stress', () => {
  const trace = runPreset('stress');

  it('is a heavy but finite run: thousands of messages, ending at its until', () => {
    expect(trace.messages.length).toBeGreaterThanOrEqual(3000);
    expect(trace.cut).toBeNull();
    expect(trace.end).toBe(trace.scenario.until);
    expect(trace.violations).toEqual([]);
  });

  it('chooses one value only; after that every proposal is that value', () => {
    const [first] = chosen(trace);
    expect(new Set(chosen(trace).map((c) => c.value))).toEqual(new Set([first!.value]));
    const later = eventsOf(trace, 'propose').filter((e) => e.at >= first!.at);
    expect(later.length).toBeGreaterThan(10);
    expect(later.every((e) => e.value === first!.value)).toBe(true);
  });

  it('has every learner learn that value and every client hear only it', () => {
    const value = chosen(trace)[0]!.value;
    expect(trace.final.learners.every((l) => l.learned?.value === value)).toBe(true);
    for (const client of trace.final.clients) {
      expect(client.responses.length).toBeGreaterThan(0);
      expect(client.responses.every((r) => r.value === value)).toBe(true);
    }
  });
});
