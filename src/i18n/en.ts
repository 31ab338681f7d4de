import { leversEn } from './multi/leversEn';
import { multiEn } from './multi/multiEn';

/**
 * English, the reference dictionary: its keys are the keys of every language. Placeholders are
 * `{name}`; values filled in are always rendered as text.
 */
export const en = {
  ...multiEn,
  ...leversEn,
  'app.tagline': 'See Paxos work, message by message',
  'app.loadError': 'This scenario could not be opened: {error}',
  'app.drawError':
    'Something went wrong while drawing this run ({error}). Reset puts back the last run that was drawn.',
  'app.reset': 'Reset',
  'app.diagram': 'Paxos message diagram',

  'controls.label': 'Playback',
  'controls.step': 'Step',
  'controls.stepBack': 'Step back',
  'controls.play': 'Play',
  'controls.pause': 'Pause',
  'controls.reset': 'Reset',
  'controls.speed': 'Speed',
  'controls.scrubber': 'Time in the run',
  'controls.time': 'tick {time} of {end}',
  'controls.stepCount': 'step {step} of {steps}',
  'controls.follow': 'Follow the cursor',
  'controls.fit': 'Fit',
  'controls.fitTitle': 'Show the whole run, from tick 0 to its end (F)',
  'labels.more': '+{count}',
  'controls.keys':
    'Space play/pause · → step · ← step back · Home/End start/end · F fit the whole run',

  'nodes.list': 'Nodes: choose one to crash, restart or isolate it',
  'nodes.sign': 'Nodes ▾',
  'menu.node': 'What happens to {node}',
  'menu.crash': 'Crash',
  'menu.restart': 'Restart',
  'menu.isolate': 'Isolate',
  'menu.timeout': 'Time out',
  'menu.message': 'What the network does with {label}',
  'menu.drop': 'Drop',
  'menu.duplicate': 'Duplicate',
  'menu.delay': 'Delay',
  'menu.deliver': 'Deliver',
  'menu.which': '{count} messages here: which one?',
  'message.copyName': '{name} (copy)',
  'toolbar.inFlight': 'In flight ({count})',
  'inflight.title': 'Messages in flight',
  'inflight.list': 'Messages in flight, oldest first',
  'inflight.manual': 'You are the network: Deliver hands a message over now.',
  'inflight.timed': 'Each lever acts at tick {time}; the run after it is simulated again.',
  'inflight.none': 'Nothing is in flight at the cursor.',

  'present.button': 'Present',
  'present.exit': 'Leave presenter mode',
  'present.keys': '→ step · ← back · Space play · F whole run · B blank · Esc leave',
  'present.blank': 'Screen blanked: press B to show it again',

  'share.button': 'Share',
  'share.copied': 'Link copied: it reproduces exactly this run.',
  'share.copyThis': 'Copy this link:',
  'share.link': 'Link to this run',

  'scenario.label': 'Scenario',
  'scenario.imported': 'Imported: {name}',
  'scenario.import': 'Import…',
  'scenario.importLabel': 'Import a scenario file',
  'scenario.importError': '{file} was not opened: {error}',
  'scenario.goal': 'Goal',

  'toolbar.more': 'More',
  'toolbar.moreLabel': 'More levers',
  'toolbar.label': 'Change the run',
  'toolbar.undo': 'Undo',
  'toolbar.partition': 'Partition',
  'toolbar.proposers': 'Proposers',
  'toolbar.request': 'Request',
  'toolbar.network': 'Network',
  'toolbar.manual': 'You are the network',
  'toolbar.manualHint': 'You are the network: click a message in flight and choose Deliver.',
  'partition.title': 'Split the network from the cursor on',
  'partition.hint': 'Click a node to move it to the next side. Messages between sides are lost.',
  'partition.side': 'Side {side}',
  'partition.addSide': 'Add a side',
  'partition.apply': 'Split',
  'partition.heal': 'Heal',
  'proposers.title': 'Competing proposers',
  'proposers.value': 'Value for the new proposer’s client',
  'proposers.add': 'Add proposer',
  'proposers.remove': 'Remove {proposer}',
  'request.title': 'A client asks a proposer',
  'request.client': 'Client',
  'request.proposer': 'Proposer',
  'request.value': 'Value',
  'request.send': 'Send request',
  'network.title': 'Network and timing from the cursor on',
  'network.delayMin': 'Delay from (ticks)',
  'network.delayMax': 'to (ticks)',
  'network.loss': 'Loss (%)',
  'network.duplicate': 'Duplication (%)',
  'network.timeout': 'Proposer timeout (ticks)',
  'network.backoffMin': 'Backoff from (ticks)',
  'network.backoffMax': 'to (ticks)',
  'network.apply': 'Apply from the cursor',
  'network.seed': 'Seed (reruns the whole scenario)',
  'network.reseed': 'Rerun with this seed',
  'network.invalid': 'Check the numbers: {problem}',
  'network.problem.range': '“{field}” takes a whole number from {min} to {max}.',
  'network.problem.order': '“{low}” ({lowValue}) is above its “{high}” ({highValue}).',

  'role.client': 'Client',
  'role.proposer': 'Proposer',
  'role.acceptor': 'Acceptor',
  'role.learner': 'Learner',

  'node.down': 'down',
  'node.downWas': 'down; before it crashed: {state}',
  'node.side': 'side {side}',
  'acceptor.promised': 'promised\u00a0{ballot}',
  'acceptor.noPromise': 'no promise',
  'acceptor.accepted': 'accepted ({ballot},\u00a0{value})',
  'acceptor.nothingAccepted': 'accepted nothing',
  'proposer.idle': 'idle',
  'proposer.prepare': 'phase\u00a01 · ballot\u00a0{ballot}',
  'proposer.accept': 'phase\u00a02 · ballot\u00a0{ballot}',
  'proposer.backoff': 'waiting to retry',
  'proposer.chosen': 'knows {value} is chosen',
  'proposer.promises': 'promises {count}/{quorum}',
  'proposer.accepts': 'accepted {count}/{quorum}',
  'proposer.proposes': 'proposes {value}',
  'learner.learned': 'learned {value}',
  'learner.nothing': 'learned nothing',
  'client.idle': 'no request',
  'client.waiting': 'waiting ({value})',
  'client.answered': 'answered: {value}',
  'countdown.timeout': 'times out in {ticks} ticks',
  'countdown.timeoutNext': 'times out at the next tick',
  'countdown.retry': 'retries in {ticks} ticks',
  'countdown.retryNext': 'retries at the next tick',
  'legend.label': 'Key to the headers and marks',
  'legend.promised': 'promised ballot 3',
  'legend.accepted': 'accepted (or learned) X in ballot 1',
  'legend.ballot': 'running ballot 2',
  'legend.count': '1 of the 2 replies needed',
  'legend.done': 'knows X is chosen, or was answered X',
  'legend.waiting': 'waiting (for an answer, or to retry)',
  'legend.nothing': 'nothing yet',
  'legend.multi.leader': 'leader in ballot 2',
  'legend.multi.nextSlot': 'next free slot 3',
  'legend.multi.follows': 'follows leader P1',
  'legend.multi.slots': 'accepted in 2 slots',
  'legend.multi.applied': 'applied slots 1–3',
  'legend.multi.waiting': 'request #2 waiting',
  'legend.multi.answered': 'request #2 answered X',
  'legend.countdown': 'ticks to a time-out or retry',
  'legend.colour': 'colour: the ballot',
  'legend.crash': 'node crashed',
  'legend.restart': 'node restarted',
  'legend.lost': 'message lost',
  'legend.partition': 'network split',
  'legend.heal': 'network healed',
  'legend.side': 'on side 2 of a split network',

  'fate.in-flight': 'in flight',
  'fate.delivered': 'delivered',
  'fate.dropped': 'lost',
  'drop.loss': 'lost by the network',
  'drop.crashed': 'lost: the receiver is down',
  'drop.partition': 'lost at the partition',
  'drop.script': 'dropped by the scenario',
  'drop.user': 'dropped by you',
  'message.route': '{from} → {to}',
  'message.sent': 'sent at tick {time}',
  'message.arrives': 'arrives at tick {time}',
  'message.delivered': 'delivered at tick {time}',
  'message.lostAt': 'lost at tick {time}',
  'message.copy': 'a copy made by the network',
  'message.causes': 'Click to see what caused it and what it caused',

  'lesson.label': 'Lesson',
  'lesson.stop': 'Stop {number} of {count}',
  'lesson.predict': 'Predict, then reveal:',
  'lesson.reveal': 'Reveal',
  'lesson.right': 'Right.',
  'lesson.wrong': 'Not quite.',
  'lesson.answer': 'Answer: {answer}',
  'lesson.offTitle': 'Lesson set aside',
  'lesson.off':
    'From tick {tick} on, your change makes this run differ from the lesson’s. The lesson’s stops describe the original run, so they are not shown here: the headers and the narration tell this run.',
  'lesson.undo': 'Take back the change',
  'lesson.back': 'Back to the lesson’s run',

  'narration.label': 'What just happened',
  'narration.start': 'Press Step (→) to begin. {goal}',
  'narration.startPlain': 'Press Step (→) to begin.',
  'narration.end': 'The run is over.',
  'narration.cut': 'The run stops here: it reached the most one run may record.',
  'narration.capped':
    'The run stops here, at tick {end}, its limit: more would happen (a message or a timer is still pending), but a run without an end goes at most 1000 ticks past its last lever.',
  'narration.recording': 'The rest of this long run is still being recorded…',
  'narration.waitingOne':
    'You are the network: 1 message is in flight. Step delivers it, or click it.',
  'narration.waiting':
    'You are the network: {count} messages are in flight. Step delivers the oldest, or click one.',
  'narration.empty':
    'Nothing happens in this run until someone acts: its script sends no request. Send one from the toolbar, or crash or isolate a node from its header.',
  'controls.recording': 'recording the rest…',
  'notice.cutMessages':
    'Stopped after {limit} messages, at tick {at}: that is the most one run records. A smaller scenario (fewer nodes, a shorter run) shows its end.',
  'notice.cutSteps':
    'Stopped after {limit} steps, at tick {at}: that is the most one run records. A smaller scenario (fewer nodes, a shorter run) shows its end.',
  'notice.empty': 'Nothing happens in this run: its script sends no request.',
  'narration.request': '{client} asks {proposer} to get {value} chosen.',
  'narration.clientDown': '{client} is down and sends nothing.',
  'narration.lost.loss': 'The network loses {label} from {from} to {to}.',
  'narration.lost.crashed': '{label} from {from} is lost: {to} is down.',
  'narration.lost.partition': '{label} from {from} cannot cross the partition to {to}.',
  'narration.lost.script': 'The scenario drops {label} from {from} to {to}.',
  'narration.lost.user': 'You dropped {label} from {from} to {to}.',
  'narration.startBallot':
    '{proposer} gets {client}’s request for {value} and starts ballot {ballot}: it asks every acceptor to promise not to accept lower ballots (Prepare({ballot})).',
  'narration.busy':
    '{proposer} is busy with ballot {ballot}; it will serve {client}’s request with its next ballot.',
  'narration.promise':
    '{acceptor} promises ballot {ballot}: from now on it ignores lower ballots. It has accepted nothing yet.',
  'narration.promiseReport':
    '{acceptor} promises ballot {ballot} and reports that it already accepted {value} in ballot {accepted}, so {proposer} can no longer propose just any value.',
  'narration.refusePrepare':
    '{acceptor} refuses ballot {ballot}: it has already promised ballot {promised}.',
  'narration.countPromises':
    '{proposer} has {count} of the {quorum} promises it needs for ballot {ballot}.',
  'narration.ignorePromise':
    '{proposer} ignores this promise: it is for ballot {ballot}, and {proposer} has moved on.',
  'narration.proposeOwn':
    '{proposer} has promises from a majority. No acceptor reported an accepted value, so it is free to propose its client’s value {value}: Accept!({ballot},{value}).',
  'narration.proposeAdopted':
    '{proposer} has promises from a majority. The highest ballot reported is {reportedBallot} (by {acceptor}), with value {value}, so {proposer} must propose {value}: it may already be chosen.',
  'narration.proposeIgnoring':
    '{proposer} has promises from a majority and proposes its own value {value} — breaking the rule: {acceptor} reported {reported} accepted in ballot {reportedBallot}.',
  'narration.accept':
    '{acceptor} accepts {value} in ballot {ballot} and tells {proposer} and every learner.',
  'narration.refuseAccept':
    '{acceptor} refuses Accept!({ballot},{value}): it has promised ballot {promised}.',
  'narration.chosenRuleBroken':
    '{value} is now chosen: {acceptors} accepted it in ballot {ballot}. With a rule of Paxos broken, nothing keeps another ballot, earlier or later, from choosing another value.',
  'narration.chosen':
    '{value} is now chosen: a majority ({acceptors}) accepted it in ballot {ballot}. No later ballot can choose anything else.',
  'narration.decide': '{proposer} has Accepted from a majority: it knows {value} is chosen.',
  'narration.countAccepts':
    '{proposer} has {count} of the {quorum} Accepted it needs for ballot {ballot}.',
  'narration.ignoreAccepted':
    '{proposer} ignores this Accepted: it is for ballot {ballot}, and {proposer} has moved on.',
  'narration.learn':
    '{learner} has heard a majority accept {value} in ballot {ballot}: it learns {value} and tells {client}.',
  'narration.answer':
    '{learner} sees ballot {ballot} reach a majority and tells {client} the chosen value, {value}.',
  'narration.countLearner':
    '{learner} has heard {count} of the {quorum} acceptors it needs accept {value} in ballot {ballot}.',
  'narration.learnerDone':
    '{learner} has already heard a majority accept {value} in ballot {ballot}: this changes nothing.',
  'narration.gaveUp':
    '{proposer} has given up ballot {ballot} and will retry with a higher one, so this changes nothing.',
  'narration.alreadyDecided':
    '{proposer} already knows {value} is chosen, so this changes nothing.',
  'narration.promiseQuorum':
    '{proposer} already has its quorum of promises for ballot {ballot}: this one changes nothing.',
  'narration.alreadyCounted': '{node} has already counted {from}: this copy changes nothing.',
  'narration.notProposed':
    '{proposer} ignores this Accepted: {value} is not what it proposed in ballot {ballot}.',
  'narration.nackNotHigher':
    '{proposer} ignores this refusal: it names ballot {promised}, no higher than its own ballot {ballot}, so it answers a copy of its Prepare.',
  'narration.learnerAnswered':
    '{learner} sees ballot {ballot} reach a majority too, but it has already learned {learned} and has no one new to tell.',
  'narration.nack':
    '{proposer} hears that ballot {promised} was promised, so its ballot {ballot} cannot succeed. It will retry with a higher ballot at tick {time}.',
  'narration.ignoreNack':
    '{proposer} ignores this refusal: it is about a ballot it no longer runs.',
  'narration.response': '{client} hears from {learner} that {value} was chosen.',
  'narration.timeout':
    '{proposer} got no majority for ballot {ballot} in time. It gives up that ballot and will retry at tick {time}.',
  'narration.retryAfterEnd': 'The run ends at tick {end}, before that retry.',
  'narration.retry':
    '{proposer} tries again with ballot {ballot}, higher than any ballot it has seen.',
  'narration.duplicate': 'The network makes a second copy of {label} from {from} to {to}.',
  'narration.delay': '{label} from {from} to {to} is held back until tick {time}.',
  'narration.crash': '{node} crashes: it stops sending and receiving.',
  'narration.crashAcceptor':
    '{node} crashes. Its promise and accepted value are on disk and will survive.',
  'narration.crashProposer':
    '{node} crashes: the ballot it was running is lost; only its highest ballot survives.',
  'narration.restart': '{node} restarts.',
  'narration.restartAcceptor': '{node} restarts with its promise and accepted value intact.',
  'narration.restartForgot':
    '{node} restarts having forgotten its promise and accepted value — a broken rule.',
  'narration.partition': 'The network splits: {sides}. Messages between sides are lost.',
  'narration.heal': 'The partition heals: every node can reach every other again.',
  'narration.configure': 'New network settings from now on.',
  'narration.setting.delay': 'From now on a message takes {min} to {max} ticks to arrive.',
  'narration.setting.delayFixed': 'From now on every message takes {ticks} ticks to arrive.',
  'narration.setting.delayOne': 'From now on every message arrives one tick after it is sent.',
  'narration.setting.drop': 'From now on the network loses {percent} % of messages.',
  'narration.setting.duplicate': 'From now on the network delivers {percent} % of messages twice.',
  'narration.setting.timeout':
    'From now on a proposer gives up on a ballot, or a follower on a silent leader, after {ticks} ticks.',
  'narration.setting.backoff':
    'From now on a proposer that gave up waits {min} to {max} ticks before it tries a higher ballot.',
  'narration.setting.heartbeat':
    'From now on the leader sends a Heartbeat every {ticks} ticks, so its followers know it is alive.',
  'narration.setting.heartbeatOne':
    'From now on the leader sends a Heartbeat every tick, so its followers know it is alive.',
  'narration.setting.window':
    'From now on the leader’s window is {slots}: the most slots it may have proposed and not yet seen chosen at once.',
  'narration.dropRule': 'From now on the network drops matching messages.',
  'narration.nothing': 'Nothing happens: the message is no longer in flight.',

  'violation.title': 'Safety is broken: {invariant}',
  'violation.two-values-chosen':
    'Two different values are chosen: first {first} in ballot {firstBallot} by {firstQuorum}, now {second} in the later ballot {secondBallot} by {secondQuorum}.',
  'violation.two-values-chosen.earlier':
    'Two different values are chosen: first {first} in ballot {firstBallot} by {firstQuorum}, now {second} in the earlier ballot {secondBallot} by {secondQuorum}.',
  'violation.two-values-chosen.same':
    'Two different values are chosen: first {first} in ballot {firstBallot} by {firstQuorum}, now {second} in the same ballot by {secondQuorum}.',
  'violation.unrequested-value': '{value} was chosen although no client asked for it.',
  'violation.learned-value-changed':
    '{learner} changed its mind: it had learned {before}, now {after}.',
  'violation.learned-unchosen-value':
    '{learner} learned {value}, which no majority accepted in ballot {ballot}.',
  'violation.learners-disagree':
    'Learners disagree: {learner} learned {value} but {other} learned {otherValue}.',
  'violation.promise-fell': '{acceptor}’s promise went down from ballot {before} to {after}.',
  'violation.accepted-above-promise':
    '{acceptor} accepted ballot {ballot} but promised only {promised}.',
  'violation.two-values-in-slot':
    'Two different commands are chosen in slot {slot}: first {first} in ballot {firstBallot} by {firstQuorum}, now {second} in ballot {secondBallot} by {secondQuorum}.',
  'violation.unrequested-command':
    '{value} was chosen in slot {slot} although no client asked for it.',
  'violation.slot-accepted-above-promise':
    '{acceptor} accepted ballot {ballot} in slot {slot} but promised only {promised}.',
  'violation.replicas-diverge':
    'Replicas disagree: {replica} applied {value} as command {position} but {other} applied {otherValue}.',
  'violation.applied-twice':
    '{replica} applied request {seq} of {client} twice, in slots {earlierSlot} and {slot}.',
  'violation.applied-out-of-order': '{replica} applied slot {slot} before slot {expected}.',
  'violation.hole-left':
    '{leader} leads ballot {ballot} but proposes nothing in slot {slot}: no replica can apply past it.',
  'violation.none': 'nothing',

  // Export (Download menu) and drag-and-drop import
  'export.button': 'Download',
  'export.menu': 'Download this run as',
  'export.scenario': 'Scenario file (.json)',
  'export.trace': 'Trace (.json)',
  'export.text': 'Diagram as text (.txt)',
  'export.svg': 'Diagram as SVG (.svg)',
  'export.png': 'Diagram as PNG (.png)',
  'export.failed': '{file} could not be made: {error}',
  'import.drop': 'Drop a scenario file to open it',
  // Embedding, themes, offline and the saved page (the embed branch).
  'embed.open': 'Open in Paxoscope',
  'embed.openTitle': 'Open this run in the full Paxoscope, in a new tab',
  'embed.button': 'Embed',
  'embed.title': 'Embed this run in a page',
  'embed.hint':
    'Paste this into a blog post or a course page: it shows this run, the diagram and a compact control row.',
  'embed.autoplay': 'Play on load',
  'embed.loop': 'Loop',
  'embed.code': 'Embed code',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied.',
  'embed.copyByHand': 'Select the code and copy it by hand.',
  'embed.iframeTitle': 'Paxoscope: {title}',
  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'save.menu': 'Page that works offline (.html)',
  'save.failed': 'The page could not be made: {error}',
} as const;

export type MessageKey = keyof typeof en;
