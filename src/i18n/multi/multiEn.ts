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
  'log.store': '{replica}’s key-value state',
  'log.show': 'Show the log',
  'log.showSlot': 'Slot {slot}: light up its Accept! and Accepted messages',
  'multi.proposer.leader': 'leader · ballot\u00a0{ballot}',
  'multi.proposer.nextSlot': 'next slot {slot}',
  'multi.proposer.follows': 'follows {leader}',
  'multi.acceptor.slotOne': 'accepted in 1 slot',
  'multi.acceptor.slots': 'accepted in {count} slots',
  'multi.replica.applied': 'applied slots\u00a01–{count}',
  'multi.replica.appliedNone': 'applied nothing',
  'multi.replica.appliedOne': 'applied slot 1',
  'multi.replica.store': '{store}',
  'multi.replica.storeEmpty': 'store empty',
  'multi.client.waiting': '#{seq} waiting ({value})',
  'multi.client.answered': '#{seq} answered: {value}',
  'notice.unsafeQuorums':
    'q1 = {phase1} and q2 = {phase2} of {acceptors} acceptors: q1 + q2 is not above {acceptors}, so a phase 1 quorum may miss a phase 2 quorum and safety is no longer guaranteed.',
  'multi.narration.request': '{client} asks {proposer} to run {value} (request #{seq}).',
  'multi.narration.requestAgain':
    '{client} sends request #{seq} ({value}) to {proposer} again: the same (client, seq), so a replica that has applied it already answers from its cache instead of applying it twice.',
  'multi.narration.campaignRequest':
    '{proposer} knows of no leader, so before it can give {value} a slot it runs phase 1 once, with ballot {ballot}, for every slot from {slot} on: Prepare to every acceptor.',
  'multi.narration.campaignSilence':
    '{proposer} has heard no heartbeat from its leader for {timeout} ticks: it starts ballot {ballot} and runs phase 1 for every slot from {slot} on.',
  'multi.narration.campaignRetry':
    '{proposer} has waited out its backoff: it tries phase 1 again with ballot {ballot}, for every slot from {slot} on.',
  'multi.narration.forward': '{proposer} is not the leader: it forwards {value} to {leader}.',
  'multi.narration.requestWaits':
    '{proposer} keeps {value} until it can give it a slot: it is not leading yet, or its window of slots in flight is full.',
  'multi.narration.promise':
    '{acceptor} promises ballot {ballot} for every slot from {slot} on; it has accepted nothing there to report.',
  'multi.narration.promiseReport':
    '{acceptor} promises ballot {ballot} for every slot from {slot} on, and reports what it accepted there (slot: value (ballot)): {report}.',
  'multi.narration.refuse':
    '{acceptor} refuses {type} of ballot {ballot}: it has promised ballot {promised}, so it answers Nack.',
  'multi.narration.countPromises':
    '{proposer} counts a promise for ballot {ballot}: {count} of the {quorum} it needs (q1).',
  'multi.narration.lead':
    '{proposer} has promises from a phase 1 quorum ({quorum}) for ballot {ballot}: it is the leader for every slot from {slot} on, and will not run phase 1 again while it leads.',
  'multi.narration.proposeReported':
    'Slot {slot} comes back with {value} from {acceptor} in ballot {reportedBallot}, so {proposer} must propose {value} there: Accept!({ballot},{slot},{value}).',
  'multi.narration.proposeNoop':
    'No acceptor reported slot {slot}: {proposer} fills it with noop so replicas can move on past it.',
  'multi.narration.proposeNew':
    '{proposer} proposes {value} for slot {slot}: one Accept!/Accepted round trip, as phase 1 is already done for every slot.',
  'multi.narration.proposeIgnoring':
    '{proposer} proposes {value} in slot {slot} although {acceptor} reported {reported} there — a broken rule.',
  'multi.narration.accept':
    '{acceptor} accepts {value} in slot {slot}, ballot {ballot}, and tells {leader} and every replica.',
  'multi.narration.countAccepted':
    '{node} counts Accepted for slot {slot} in ballot {ballot}: {count} of the {quorum} it needs (q2).',
  'multi.narration.decide':
    '{proposer} has Accepted from a phase 2 quorum ({quorum}) for slot {slot}: it knows {value} is chosen there.',
  'multi.narration.chosen':
    'Slot {slot}: {value} is now chosen — a quorum ({acceptors}) accepted it in ballot {ballot}. No later ballot can choose anything else in this slot.',
  'multi.narration.chosenRuleBroken':
    'Slot {slot}: {value} is chosen by {acceptors} in ballot {ballot} — but with a rule broken, that no longer stops another value being chosen there.',
  'multi.narration.learn': '{replica} learns that slot {slot} holds {value} (ballot {ballot}).',
  'multi.narration.learnFromHeartbeat':
    '{replica} learns from {leader}’s heartbeat that slot {slot} holds {value}: how a replica that missed Accepted catches up.',
  'multi.narration.apply':
    '{replica} applies slot {slot} ({value}) and answers {client}’s request #{seq}: {result}.',
  'multi.narration.applyNoop': '{replica} skips the noop in slot {slot}: nothing to apply.',
  'multi.narration.applyDuplicate':
    'Slot {slot} holds {client}’s request #{seq} again: {replica} has applied it already, so it answers {result} from its cache instead of applying it twice.',
  'multi.narration.waitForSlot':
    '{replica} cannot apply it yet: replicas apply in slot order, and slot {slot} is not chosen as far as it knows.',
  'multi.narration.heartbeatReplica':
    '{replica} hears {leader}’s heartbeat; nothing new is chosen for it.',
  'multi.narration.heartbeatReplicaAgain':
    '{replica} hears {leader}’s heartbeat again: nothing new.',
  'multi.narration.follow':
    '{proposer} hears a heartbeat from {leader} in ballot {ballot}: it follows {leader} and will campaign only after {timeout} ticks of silence.',
  'multi.narration.heartbeatKept':
    '{proposer} hears from its leader {leader} again: its silence deadline starts over ({timeout} ticks).',
  'multi.narration.heartbeatKeptAgain':
    '{proposer} hears {leader}’s heartbeat again: still following it.',
  'multi.narration.heartbeatAgain': '{leader} beats again in ballot {ballot}: still the leader.',
  'multi.narration.heartbeat':
    '{leader} leads in ballot {ballot}: its heartbeat tells the other proposers to keep following it and tells replicas which slots are chosen.',
  'multi.narration.resend':
    '{leader} sends Accept! again for slot {slots}: no quorum of Accepted has come back for it yet.',
  'multi.narration.deposed':
    'A Nack from {acceptor} names ballot {promised}, higher than {proposer}’s {ballot}: {proposer} is no longer the leader, and waits until tick {time} to try again.',
  'multi.narration.phase1Timeout':
    '{proposer}’s phase 1 for ballot {ballot} got no quorum in time: it waits until tick {time} to try again.',
  'multi.narration.nackNotHigher':
    '{node} ignores the Nack: it names no ballot above its own {ballot}.',
  'multi.narration.oldBallot':
    '{node} ignores {type} of ballot {ballot} from {from}: it no longer runs that ballot.',
  'multi.narration.alreadyQuorum':
    '{node} already has a quorum for this: {type} from {from} changes nothing.',
  'multi.narration.alreadyCounted': '{node} has already counted {from}: this {type} is a copy.',
  'multi.narration.notPending':
    '{node} already knows slot {slot} is chosen: {type} from {from} changes nothing.',
  'multi.narration.answerLost':
    '{client} has no answer to request #{seq} yet: unless another replica’s answer arrives, it sends the same (client, seq) again at tick {at}.',
  'multi.narration.answerLostNoRetry':
    '{client} has no answer to request #{seq} yet, and it never retries (client.retry is 0): unless another replica’s answer arrives, it waits for ever.',
  'multi.narration.answerLostAnswered':
    '{client} already has its answer to request #{seq} from another replica, so this loss changes nothing.',
  'multi.narration.clientRetry':
    '{client} has had no answer to request #{seq} for {retry} ticks: it sends the same (client, seq) again, to {proposer}.',
  'multi.narration.response': '{client} gets its answer to request #{seq} from {replica}: {value}.',
  'multi.narration.chosenAgain':
    'Slot {slot}: {value} is chosen again, now in ballot {ballot} by {acceptors} — the very value chosen there in ballot {firstBallot}, as Paxos promises.',
  'multi.narration.ignoreHeartbeat':
    '{node} ignores {from}’s heartbeat of ballot {ballot}: it has seen a higher ballot, so {from} is not its leader.',
  'scenario.groupBasic': 'Basic Paxos',
  'scenario.groupMulti': 'Multi-Paxos',
} as const;
