// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrowDash } from '../layout';
import { BASIC_PRESET_IDS, preset, validateScenario } from '../scenario';
import type { Scenario } from '../scenario';
import { runScenario } from '../sim';
import { expectGolden } from './golden.testing';
import { svgDiagram } from './svg';
import { BALLOT_COLOUR, COLOUR, MESSAGE_COLOUR } from './svg-style';

/** Parses as a browser would open the file; a malformed document is a failure, not a shrug. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error !== undefined) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

function scenario(data: unknown): Scenario {
  const result = validateScenario(data);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

const HOSTILE = '<script>alert("x")</script>&\'';

describe('SVG diagram', () => {
  it('draws the basic preset as its reviewed golden', () => {
    // jsdom replaces URL, so paths are built from the directory name.
    const path = `${import.meta.dirname}/golden/basic.svg`;
    expectGolden(svgDiagram(runScenario(preset('basic'))), path);
  });

  // The stress run (almost 5000 messages) takes seconds to parse in jsdom; its count is checked below.
  const parsed = BASIC_PRESET_IDS.filter((id) => id !== 'stress');

  it.each(parsed)('draws %s as well-formed SVG with one arrow per message', (id) => {
    const trace = runScenario(preset(id));
    const doc = parse(svgDiagram(trace));
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelectorAll('[data-message]')).toHaveLength(trace.messages.length);
    expect(doc.querySelectorAll('[data-label]')).toHaveLength(trace.groups.length);
  });

  it('draws every message of the stress run', () => {
    const trace = runScenario(preset('stress'));
    const svg = svgDiagram(trace);
    expect(svg.match(/ data-message="/g)).toHaveLength(trace.messages.length);
  });

  it("dashes each kind of message as the live diagram's canvas does, a duplicate thinner", () => {
    const trace = runScenario(preset('lossy-network'));
    const doc = parse(svgDiagram(trace));
    const widths = { original: new Set<string>(), copy: new Set<string>() };
    for (const m of trace.messages) {
      const line = doc.querySelector(`[data-id="${m.id}"] line`)!;
      expect(line.getAttribute('stroke-dasharray') ?? '').toBe(arrowDash(m.type).join(' '));
      widths[m.copyOf === null ? 'original' : 'copy'].add(line.getAttribute('stroke-width')!);
    }
    expect(widths.copy.size).toBe(1);
    expect(Number([...widths.copy][0])).toBeLessThan(Number([...widths.original][0]));
  });

  it('draws a lost message to where it was lost, its cross there, and the rest of its way faint', () => {
    const trace = runScenario(preset('acceptor-failure'));
    const lost = trace.messages.find((m) => m.fate === 'dropped')!;
    const doc = parse(svgDiagram(trace));
    const arrow = doc.querySelector(`[data-id="${lost.id}"]`)!;
    const [way, line] = [...arrow.querySelectorAll('line')];
    expect(Number(way!.getAttribute('opacity'))).toBeLessThan(
      Number(line!.getAttribute('opacity')),
    );
    const length = (l: Element) =>
      Math.hypot(
        Number(l.getAttribute('x2')) - Number(l.getAttribute('x1')),
        Number(l.getAttribute('y2')) - Number(l.getAttribute('y1')),
      );
    expect(length(way!)).toBeGreaterThan(length(line!));
    expect(arrow.querySelector('path')).not.toBeNull();
  });

  it('writes a hostile value and caption as text, never as markup', () => {
    const trace = runScenario(
      scenario({
        version: 1,
        nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 1 },
        script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value: HOSTILE } }],
      }),
    );
    const svg = svgDiagram(trace, { caption: `${HOSTILE}\u0000` });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&apos;');
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const labels = [...doc.querySelectorAll('[data-label] text')].map((t) => t.textContent);
    expect(labels).toContain(`Accept!(1,${HOSTILE})`);
    expect(doc.querySelector('title')!.textContent).toBe(`${HOSTILE}?`);
  });

  it('draws a time window: only the messages that cross it, with every label', () => {
    const trace = runScenario(preset('basic'));
    const doc = parse(svgDiagram(trace, { from: 3, to: 4 }));
    const types = [...doc.querySelectorAll('[data-message]')].map((g) =>
      g.getAttribute('data-message'),
    );
    expect(new Set(types)).toEqual(new Set(['Promise', 'Accept', 'Accepted']));
    expect(doc.querySelectorAll('[data-label]').length).toBe(3);
  });

  it('makes room for a long caption', () => {
    const caption =
      'A scenario whose title is much longer than its four lanes of nodes are wide, as titles may be';
    const trace = runScenario(
      scenario({
        version: 1,
        nodes: { clients: 1, proposers: 1, acceptors: 1, learners: 1 },
        script: [],
      }),
    );
    const width = Number(/width="(\d+)"/.exec(svgDiagram(trace, { caption }))![1]);
    expect(width).toBeGreaterThan(caption.length * 16 * 0.6);
  });

  it('names the roles in the language it is given', () => {
    const titles = { client: '客户端', proposer: '提议者', acceptor: '接受者', learner: '学习者' };
    const svg = svgDiagram(runScenario(preset('basic')), { roleTitles: titles });
    for (const title of Object.values(titles)) expect(svg).toContain(`>${title}</text>`);
  });

  it('uses the colours of the light theme, as literal values', () => {
    const css = readFileSync(`${import.meta.dirname}/../components/styles/theme.css`, 'utf8');
    // Each colour is `light-dark(<light>, <dark>)` or a plain light value.
    const light = css.split('@media')[0]!;
    const value = (name: string) =>
      new RegExp(`--px-${name}:\\s*(?:light-dark\\()?(#[0-9a-f]{6})`).exec(light)![1];
    for (const [name, colour] of Object.entries(COLOUR)) expect(colour, name).toBe(value(name));
    for (const [type, colour] of Object.entries(MESSAGE_COLOUR))
      expect(colour, type).toBe(value(`c-${type}`));
    BALLOT_COLOUR.forEach((colour, i) => expect(colour, `ballot ${i}`).toBe(value(`ballot-${i}`)));
  });
});
