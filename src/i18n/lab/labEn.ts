/**
 * The safety lab's words, English: the reference for its keys. They live apart from the main
 * dictionary because only the lab's code (loaded when the Rules panel opens, or when a run
 * shows its quorums) reads them, so neither the embed nor the first load carries them.
 * Keys ending in `.one` / `.other` are chosen by a count (see `labPlural`).
 */
export const labEn = {
  'rules.intro':
    'Paxos is safe because of a few rules. Switch one off and the run is played again with it broken; then let Paxoscope look for a run in which two values are chosen.',
  'rules.intro.log':
    'Multi-Paxos is safe, and its log complete, because of a few rules. Switch one off and the run is played again with it broken; then let Paxoscope look for a run that breaks the log: two commands in one slot, a slot left empty for ever, a request applied twice or slots applied out of order.',
  'rules.kept': 'kept',
  'rules.broken': 'broken',
  'rule.ignore-promised-values.name': 'Propose what the promises report',
  'rule.ignore-promised-values.text':
    'A proposer with a majority of promises proposes the value of the highest ballot they report, and its own client’s value only when none reports one.',
  'rule.amnesiac-acceptor.name': 'Remember promises through a crash',
  'rule.amnesiac-acceptor.text':
    'An acceptor keeps what it promised and what it accepted on disk, and restarts with both.',
  'rule.minority-quorum.name': 'A quorum is a majority',
  'rule.minority-quorum.text':
    'A ballot goes on, and a value is chosen, only with more than half of the acceptors, so any two quorums share an acceptor.',
  'rule.accept-any-ballot.name': 'Keep the promise',
  'rule.accept-any-ballot.text':
    'An acceptor that promised ballot n accepts nothing from a ballot below n.',
  'rule.shared-ballots.name': 'One proposer per ballot',
  'rule.shared-ballots.text':
    'No two proposers run the same ballot: P1 owns 1, 3, 5…, P2 owns 2, 4, 6…',
  'rule.ignore-promised-slots.name': 'Recover what the promises report',
  'rule.ignore-promised-slots.text':
    'A new leader proposes, in every slot a promise reports, the command of the highest ballot reported for it, before it puts a new command in any slot.',
  'rule.skip-holes.name': 'Fill every gap with noop',
  'rule.skip-holes.text':
    'A new leader fills each slot below its highest reported one that no promise reports with noop, so replicas can apply past it.',
  'rule.no-dedup.name': 'Apply each request once',
  'rule.no-dedup.text':
    'A replica applies a (client, seq) only the first time it is chosen; a retry chosen in a later slot is answered from its cache.',
  'rule.out-of-order-apply.name': 'Apply slots in order',
  'rule.out-of-order-apply.text':
    'A replica applies slot s + 1 only after slot s, even when the later slot is chosen first.',

  'search.title': 'Find a run that breaks agreement',
  'search.title.log': 'Find a run that breaks the log',
  'search.acceptors': 'Acceptors',
  'search.proposers': 'Proposers',
  'search.maxBallot': 'Ballots up to',
  'search.crashes': 'Crashes',
  'search.find': 'Find counterexample',
  'search.cancel': 'Cancel',
  'search.progress': 'Search progress',
  'search.random': 'Trying random schedules: {walks} so far.',
  'search.exhaustive':
    'Searching every schedule: {states} distinct states, schedules of {depth} steps.',
  'search.found':
    'Found in {seconds} s: a run of {steps} steps ({deliveries} deliveries, {timeouts} timeouts, {faults} faults) in which {broken}. It is on the timeline now.',
  'broken.Agreement': 'two values are chosen',
  'broken.Agreement.log': 'two commands are chosen in one slot',
  'broken.Validity': 'a value no client asked for is chosen',
  'broken.LearnerConsistency': 'learners disagree or change their minds',
  'broken.PromiseMonotonicity': 'an acceptor’s promise goes down',
  'broken.AcceptedWithinPromise': 'an acceptor accepts a ballot below its promise',
  'broken.ReplicaConsistency': 'two replicas apply different commands',
  'broken.AppliedOnce': 'a replica applies one request twice',
  'broken.SlotOrder': 'a replica applies a slot before the one below it',
  'broken.NoHoles':
    'a slot below the leader’s next one is left empty for ever, so no replica can apply past it',
  'search.foundBy.exhaustive':
    'No shorter run does it: every schedule of fewer steps was searched first ({states} distinct states).',
  'search.foundBy.random': 'Random schedules found it; it was shrunk from {unshrunk} steps.',
  'search.noneLead': 'No run breaks agreement.',
  'search.noneLead.log': 'No run breaks the log.',
  'search.none': '{states} distinct states with {model}: no violation.',
  'search.noneDetail':
    'Every order of deliveries, any message never delivered, any proposer timing out at any moment, and the crashes (one that keeps the disk only delays and loses messages, which those schedules cover). Searched in {seconds} s ({rate} states a second).',
  'search.incomplete':
    'No violation in {states} distinct states with {model}, but the search stopped at its limit of {limit}: this is not a proof.',
  'search.limit.states': '{count} states',
  'search.limit.time': '{seconds} seconds',
  'search.cancelled': 'Cancelled after {states} distinct states.',
  'search.cancelledFound':
    'Cancelled after {states} distinct states. The run of {steps} steps that random schedules found stays on the timeline; a shorter one may exist.',
  'search.interim':
    'Random schedules found a run of {steps} steps in which {broken}: it is on the timeline now. Searching every shorter schedule for the shortest one…',
  'search.failed': 'The search stopped: {error}',
  'search.unavailable':
    'Searching needs the full Paxoscope page: it runs beside the page, in a worker.',
  'model.acceptors.one': '{count} acceptor',
  'model.acceptors.other': '{count} acceptors',
  'model.proposers.one': '{count} proposer',
  'model.proposers.other': '{count} proposers',
  'model.ballots': 'ballots up to {count}',
  'model.crashes.one': 'at most {count} crash',
  'model.crashes.other': 'at most {count} crashes',
  'model.list': '{acceptors}, {proposers}, {ballots}, {crashes}',

  'scenario.title': 'Counterexample: {rule}',
  'scenario.goal.exhaustive':
    'The shortest run in which, with this rule broken, {broken}: Paxoscope searched every shorter one first.',
  'scenario.goal.random':
    'A run in which, with this rule broken, {broken}, found by random schedules and shrunk until no step could go.',

  'quorums.label': 'Quorums',
  'quorums.summary': 'Quorums of {value} (ballot {ballot})',
  'quorums.chosen': '{value} is chosen in ballot {ballot}: its accept quorum is {acceptors}.',
  'quorums.none':
    'No higher ballot has proposed yet. Any that does needs promises from a majority, which shares an acceptor with {acceptors}.',
  'quorums.later': 'Ballot {ballot} ({proposer}) had promises from {acceptors}.',
  'quorums.both.none': 'No acceptor is in both quorums.',
  'quorums.both.one': '{acceptors} is in both quorums.',
  'quorums.both.other': '{acceptors} are in both quorums.',
  'quorums.adopted': '{acceptor} reported {value}, so {proposer} proposed {value}.',
  'quorums.own': '{proposer} proposed {value}.',
  'quorums.acceptor': 'Acceptor',
  'quorums.member': 'in this quorum',
  'quorums.shared': 'in both',
  'quorums.row.accept': '{value} accepted in ballot {ballot}',
  'quorums.row.promise': 'promised ballot {ballot} to {proposer}',

  'conflict.title': 'Agreement is broken',
  'conflict.order.later':
    'Two values are chosen: first {first} in ballot {firstBallot} by {firstQuorum}, then {second} in the later ballot {secondBallot} by {secondQuorum}.',
  'conflict.order.earlier':
    'Two values are chosen: first {first} in ballot {firstBallot} by {firstQuorum}, then {second} in the earlier ballot {secondBallot} by {secondQuorum}.',
  'conflict.order.same':
    'Two values are chosen: first {first} in ballot {firstBallot} by {firstQuorum}, then {second} in the same ballot by {secondQuorum}.',
  'conflict.majority': 'the majority {acceptors}',
  'conflict.minority': '{acceptors} (not a majority)',
  'conflict.marker': 'Agreement broken',
  'reason.disjoint.later':
    'The two quorums share no acceptor: with quorums smaller than a majority, ballot {highBallot} never heard of {low}.',
  'reason.disjoint.earlier':
    'The two quorums share no acceptor: with quorums smaller than a majority, no acceptor that had promised ballot {highBallot} was in ballot {lowBallot}’s quorum to refuse it.',
  'reason.ignored':
    '{acceptor} is in both and reported {low} in its promise, but {proposer} proposed {high} anyway.',
  'reason.forgot.vote':
    '{acceptor} is in both, but it restarted and forgot its vote for {low} before it promised ballot {highBallot}, so ballot {highBallot} never heard of {low}.',
  'reason.forgot.promise':
    '{acceptor} is in both: it promised ballot {highBallot}, then restarted having forgotten that promise, and so accepted {low} in ballot {lowBallot}.',
  'reason.accepted-after-promise.later':
    '{acceptor} is in both: it promised ballot {highBallot} and only then accepted {low} in ballot {lowBallot}, breaking that promise, so its promise could not report {low}.',
  'reason.accepted-after-promise.earlier':
    '{acceptor} is in both: it promised ballot {highBallot} and still accepted {low} in the earlier ballot {lowBallot} after that, breaking its promise.',
  'reason.same-ballot':
    'Both were chosen in ballot {highBallot}: two proposers ran the same ballot, so the same promises let both proposals in.',
} as const;

export type LabKey = keyof typeof labEn;
