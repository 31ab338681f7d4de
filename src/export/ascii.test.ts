import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, validateScenario } from '../scenario';
import type { Scenario } from '../scenario';
import { runScenario } from '../sim';
import { asciiDiagram } from './ascii';
import { expectGolden } from './golden.testing';

/** The seed article's diagram with the basic run's values: 1 client, 1 proposer, 3 acceptors, 2 learners. */
const SEED = `Client   Proposer      Acceptor     Learner
   |         |          |  |  |       |  |
   X-------->|          |  |  |       |  |  Request
   |         X--------->|->|->|       |  |  Prepare(1)
   |         |<---------X--X--X       |  |  Promise(1,{-,-,-})
   |         X--------->|->|->|       |  |  Accept!(1,X)
   |         |<---------X--X--X------>|->|  Accepted(1,X)
   |<---------------------------------X--X  Response
   |         |          |  |  |       |  |
`;

function scenario(data: unknown): Scenario {
  const result = validateScenario(data);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

function fromFile(name: string): Scenario {
  const result = parseScenarioText(
    readFileSync(new URL(`./golden/${name}.json`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

const basic = scenario({
  version: 1,
  nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2 },
  script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } }],
});

describe('ASCII diagram', () => {
  it('reproduces the seed diagram column for column', () => {
    expect(asciiDiagram(runScenario(basic))).toBe(SEED);
  });

  it.each(['acceptor-crash', 'proposer-crash', 'dueling'])(
    'draws %s as its reviewed golden',
    (name) => {
      const path = new URL(`./golden/${name}.txt`, import.meta.url).pathname;
      expectGolden(asciiDiagram(runScenario(fromFile(name))), path);
    },
  );

  it('prints control characters in values as ?, so a value cannot break the drawing', () => {
    // The validator refuses control characters; the drawing must hold even if one got through.
    const tricky = {
      ...scenario(basic),
      script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value: 'a\nb' } }],
    };
    const text = asciiDiagram(runScenario(tricky));
    expect(text).toContain('Accept!(1,a?b)');
    expect(text.split('\n')).toHaveLength(SEED.split('\n').length);
  });
});
