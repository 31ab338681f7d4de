import { cutText, groupLabel } from '../trace';
import type { MessageRecord, Trace } from '../trace';
import type { NodeCounts, NodeId, Role } from '../engine';
import { nodeId, ROLES } from '../engine';

/**
 * The run drawn as the classic Paxos message-flow diagram (Wikipedia's, and the seed article's):
 * one lane per node, time running down, one line per kind of message sent together. For the
 * basic run it reproduces the seed diagram character for character; other runs follow the same
 * rules: `X` sends, `>`/`<` arrive, `x` marks a message the network lost, `!` a node that fails,
 * and a failed node's lane stays blank until it restarts.
 */
export function asciiDiagram(trace: Trace): string {
  const lanes = laneLayout(trace.scenario.nodes);
  const down = new Set<NodeId>();
  const lines = [lanes.header, laneLine(lanes, down)];
  for (const row of rowsOf(trace))
    lines.push(
      row.kind === 'messages'
        ? messageLine(lanes, down, row.messages)
        : eventLine(lanes, down, row),
    );
  lines.push(laneLine(lanes, down));
  if (trace.cut !== null) lines.push(cutText(trace.cut));
  return lines.join('\n') + '\n';
}

/** The seed's spacing: lanes of one role 3 apart; these gaps before each role's first lane. */
const FIRST_LANE = 3;
const LANE_GAP = 3;
const GAP_BEFORE: Record<Role, number> = { client: 0, proposer: 10, acceptor: 11, learner: 8 };
const TITLE: Record<Role, string> = {
  client: 'Client',
  proposer: 'Proposer',
  acceptor: 'Acceptor',
  learner: 'Learner',
};
const COUNT_OF: Record<Role, keyof NodeCounts> = {
  client: 'clients',
  proposer: 'proposers',
  acceptor: 'acceptors',
  learner: 'learners',
};

interface Lanes {
  column: Map<NodeId, number>;
  /** Columns of every lane, left to right. */
  order: NodeId[];
  /** Where a line's label starts: two spaces after the last lane. */
  labelAt: number;
  header: string;
}

function laneLayout(nodes: NodeCounts): Lanes {
  const column = new Map<NodeId, number>();
  const order: NodeId[] = [];
  let header = '';
  let x = FIRST_LANE - LANE_GAP;
  for (const role of ROLES) {
    const count = nodes[COUNT_OF[role]];
    x += role === 'client' ? LANE_GAP : GAP_BEFORE[role];
    const first = x;
    for (let i = 0; i < count; i++) {
      const id = nodeId(role, i);
      column.set(id, x);
      order.push(id);
      if (i < count - 1) x += LANE_GAP;
    }
    // Each role's title is centred over its lanes, never touching the previous title.
    const title = TITLE[role];
    const start = Math.max(
      Math.round((first + x) / 2 - title.length / 2),
      header.length === 0 ? 0 : header.length + 1,
    );
    header = header.padEnd(start) + title;
  }
  return { column, order, labelAt: x + 3, header };
}

function blankLine(lanes: Lanes, down: Set<NodeId>): string[] {
  const cells = new Array<string>(lanes.labelAt - 2).fill(' ');
  for (const id of lanes.order) cells[lanes.column.get(id)!] = down.has(id) ? ' ' : '|';
  return cells;
}

function laneLine(lanes: Lanes, down: Set<NodeId>): string {
  return blankLine(lanes, down).join('').trimEnd();
}

function withLabel(lanes: Lanes, cells: string[], label: string): string {
  return cells.join('').padEnd(lanes.labelAt) + label;
}

type Row =
  | { kind: 'messages'; messages: MessageRecord[] }
  | { kind: 'crash' | 'restart'; node: NodeId }
  | { kind: 'partition'; groups: NodeId[][] }
  | { kind: 'heal' };

/**
 * Lines in the order things happened: each group of messages that share a label is drawn on
 * the line of its first message, among the failures and partitions around it.
 */
function rowsOf(trace: Trace): Row[] {
  const rows: { at: number; row: Row }[] = trace.groups.map((group) => ({
    at: group.firstEvent,
    row: { kind: 'messages', messages: group.messages.map((id) => trace.messages[id]!) },
  }));
  trace.events.forEach((event, at) => {
    if (event.kind === 'crash' || event.kind === 'restart')
      rows.push({ at, row: { kind: event.kind, node: event.node } });
    else if (event.kind === 'partition')
      rows.push({ at, row: { kind: 'partition', groups: event.groups } });
    else if (event.kind === 'heal') rows.push({ at, row: { kind: 'heal' } });
  });
  return rows.sort((a, b) => a.at - b.at).map(({ row }) => row);
}

function messageLine(lanes: Lanes, down: Set<NodeId>, messages: MessageRecord[]): string {
  const cells = blankLine(lanes, down);
  const col = (id: NodeId): number => lanes.column.get(id)!;
  const senders = messages.map((m) => col(m.from));
  const receivers = messages.map((m) => col(m.to));
  const left = Math.min(...senders, ...receivers);
  const right = Math.max(...senders, ...receivers);
  for (let x = left; x <= right; x++) cells[x] = '-';
  const firstSender = Math.min(...senders);
  const lastSender = Math.max(...senders);
  // A lane may receive in one message and be lost in another (never in practice): arrival wins.
  const lost = new Set(messages.filter((m) => m.fate === 'dropped').map((m) => col(m.to)));
  for (const m of messages) if (m.fate !== 'dropped') lost.delete(col(m.to));
  for (const m of messages) {
    const x = col(m.to);
    cells[x] = down.has(m.to) ? ' ' : '|';
    if (x > firstSender) cells[x - 1] = lost.has(x) ? 'x' : '>';
    if (x < lastSender) cells[x + 1] = lost.has(x) ? 'x' : '<';
  }
  for (const x of senders) cells[x] = 'X';
  return withLabel(lanes, cells, groupLabel(messages));
}

function eventLine(
  lanes: Lanes,
  down: Set<NodeId>,
  row: Exclude<Row, { kind: 'messages' }>,
): string {
  const cells = blankLine(lanes, down);
  switch (row.kind) {
    case 'crash':
      cells[lanes.column.get(row.node)!] = '!';
      down.add(row.node);
      return withLabel(lanes, cells, `!! ${row.node} FAILS !!`);
    case 'restart':
      down.delete(row.node);
      cells[lanes.column.get(row.node)!] = '|';
      return withLabel(lanes, cells, `!! ${row.node} RESTARTS !!`);
    case 'partition': {
      const listed = new Set(row.groups.flat());
      const others = lanes.order.filter((id) => !listed.has(id));
      const sides = [...row.groups, ...(others.length > 0 ? [others] : [])].map(
        (g) => `{${g.join(',')}}`,
      );
      return withLabel(lanes, cells, `!! PARTITION ${sides.join(' | ')} !!`);
    }
    case 'heal':
      return withLabel(lanes, cells, '!! PARTITION HEALS !!');
  }
}
