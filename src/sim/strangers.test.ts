import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseScenarioText } from '../scenario';
import { worldAfter } from '../trace';
import type { RunBudget } from './budget';
import { runScenario } from './run';

/**
 * Scenario files a stranger may write that pass validation, at and near every documented
 * limit, run with a budget: whatever they ask for, the run ends within its budget and its
 * trace seeks. (Files past the limits are refused: src/scenario/strangers.test.ts.) The budget
 * is smaller than the real one so the property stays quick; the real one is tested on the
 * heaviest scenario in budget.test.ts.
 */
const BUDGET: RunBudget = { steps: 4_000, messages: 3_000 };

const edge = (min: number, max: number) =>
  fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));
const nodes = edge(1, LIMITS.nodesMax);
const tick = edge(0, LIMITS.tickMax);

const file = fc
  .record({
    nodes: fc.record({ clients: nodes, proposers: nodes, acceptors: nodes, learners: nodes }),
    delay: fc.tuple(edge(0, 100), edge(0, 100)),
    drop: fc.constantFrom(0, 0.5, 1),
    duplicate: fc.constantFrom(0, 0.5, 1),
    timeout: edge(1, 1000),
    backoff: fc.tuple(edge(0, 1000), edge(0, 1000)),
    until: fc.option(edge(1, LIMITS.tickMax), { nil: undefined }),
    requests: fc.array(fc.tuple(tick, fc.nat(), fc.nat()), { maxLength: 12 }),
    crashes: fc.array(fc.tuple(tick, fc.nat()), { maxLength: 3 }),
  })
  .map((f) => ({
    version: 1,
    nodes: f.nodes,
    network: {
      delay: [Math.min(...f.delay), Math.max(...f.delay)],
      drop: f.drop,
      duplicate: f.duplicate,
    },
    proposer: { timeout: f.timeout, backoff: [Math.min(...f.backoff), Math.max(...f.backoff)] },
    ...(f.until === undefined ? {} : { until: f.until }),
    script: [
      ...f.requests.map(([at, client, proposer]) => ({
        at,
        request: {
          client: `C${(client % f.nodes.clients) + 1}`,
          proposer: `P${(proposer % f.nodes.proposers) + 1}`,
          value: 'V'.repeat(LIMITS.valueLengthMax),
        },
      })),
      ...f.crashes.map(([at, acceptor]) => ({
        at,
        crash: `A${(acceptor % f.nodes.acceptors) + 1}`,
      })),
    ].sort((a, b) => a.at - b.at),
  }));

describe('strangers’ valid scenarios, run', () => {
  it('end within their budget, cut where they meet it, and seek to any step', () => {
    fc.assert(
      fc.property(file, (data) => {
        const parsed = parseScenarioText(JSON.stringify(data));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors[0]));
        const trace = runScenario(parsed.scenario, parsed.scenario.seed, BUDGET);
        expect(trace.steps.length).toBeLessThanOrEqual(BUDGET.steps);
        // One step sends to every acceptor at most, twice with copies.
        expect(trace.messages.length).toBeLessThanOrEqual(BUDGET.messages + 2 * LIMITS.nodesMax);
        if (trace.cut !== null) expect(trace.end).toBe(trace.cut.at);
        const middle = Math.floor(trace.steps.length / 2);
        expect(worldAfter(trace, middle).now).toBe(middle === 0 ? 0 : trace.steps[middle - 1]!.at);
        expect(worldAfter(trace, trace.steps.length)).toEqual(trace.final);
      }),
      { numRuns: 60 },
    );
  });
});
