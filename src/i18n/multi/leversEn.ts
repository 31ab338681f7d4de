/**
 * The words of the levers Multi-Paxos added (the leader's heartbeat and window,
 * flexible quorums), spread into the English dictionary like the log's.
 */
export const leversEn = {
  'network.heartbeat': 'Leader heartbeat every (ticks)',
  'network.window': 'Window (slots in flight)',
  'toolbar.quorums': 'Quorums',
  'quorums.title': 'Quorum sizes for the whole run',
  'quorums.phase1': 'Phase 1 quorum q1 (promises)',
  'quorums.phase2': 'Phase 2 quorum q2 (accepted)',
  'quorums.apply': 'Use these quorums',
  'quorums.majorities': 'Back to majorities',
  'quorums.acceptors': '{acceptors} acceptors: safe while q1 + q2 > {acceptors}.',
  'quorums.problem': '“{field}” takes a whole number from 1 to {max}.',
  'quorums.minority':
    'The broken rule “minority quorum” sets the quorums already: repair it in Rules first.',
  'proposers.command': 'Command for the new proposer’s client, which the replicas apply',
  'request.command': 'Command',
  'request.put': 'put k v (set a key)',
  'request.get': 'get k (read a key)',
  'request.key': 'Key',
  'request.putValue': 'Value',
  'request.retry': 'Or retry an earlier request (same client, same seq)',
  'request.retryOf': '#{seq} {value}',
  'request.retrySend': 'Retry',
} as const;
