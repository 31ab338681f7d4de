/**
 * Multi-Paxos's words on the screen (the log, its headers, its narration), kept beside the
 * rest of the English dictionary, which spreads them in: one dictionary, typed keys.
 */
export const multiEn = {
  'log.label': 'Log',
  'log.slot': 'slot',
  'log.chosen': 'chosen',
  'log.noLeader': 'no leader',
  'log.leader':
    'leader {leader} · ballot\u00a0{ballot} · next slot {next} · in flight {inFlight}/{window}',
  'log.empty': 'No slot has anything in it yet.',
  'log.hole': 'hole',
  'log.noop': 'noop',
  'log.next': 'next',
  'log.chosenAt': 'ballot {ballot}, tick {at}',
  'log.vote': '{acceptor} accepted {value} in ballot {ballot}',
  'log.noVote': '{acceptor} accepted nothing in this slot',
  'log.applied.command': 'applied',
  'log.applied.noop': 'skipped noop',
  'log.applied.duplicate': 'answered from cache',
  'log.applied.none': 'not applied',
  'log.replicaSays': '{replica}: {what}',
  'log.watermark': '{replica} applied 1–{count}',
  'log.watermarkOne': '{replica} applied slot 1',
  'log.watermarkNone': '{replica} applied nothing',
  'log.show': 'Show the log',
  'multi.proposer.leader': 'leader · ballot\u00a0{ballot}',
  'multi.proposer.nextSlot': 'next slot {slot}',
  'multi.proposer.follows': 'follows {leader}',
  'multi.acceptor.slots': 'accepted in {count} slots',
  'multi.replica.applied': 'applied slots 1–{count}',
  'multi.replica.appliedNone': 'applied nothing',
  'multi.replica.appliedOne': 'applied slot 1',
  'multi.replica.store': '{store}',
  'multi.replica.storeEmpty': 'store empty',
  'multi.client.waiting': '#{seq} waiting ({value})',
  'multi.client.answered': '#{seq} answered: {value}',
  'notice.unsafeQuorums':
    'q1 = {phase1} and q2 = {phase2} of {acceptors} acceptors: q1 + q2 is not above {acceptors}, so a phase 1 quorum may miss a phase 2 quorum and safety is no longer guaranteed.',
} as const;
