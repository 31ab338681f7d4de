import type { LabKey } from './labEn';

/** 安全实验室的中文：每个英文键都必须有译文。 */
export const labZh: Record<LabKey, string> = {
  'rules.intro':
    'Paxos 之所以安全，靠的是几条规则。关掉其中一条，这次运行就会在违反它的情况下重新演示；然后让 Paxoscope 去找一次有两个值被选定的运行。',
  'rules.intro.log':
    'Multi-Paxos 之所以安全、日志之所以完整，靠的是几条规则。关掉其中一条，这次运行就会在违反它的情况下重新演示；然后让 Paxoscope 去找一次破坏日志的运行：一个槽位选定了两个命令、一个槽位永远空着、一个请求被执行两次，或者槽位被乱序执行。',
  'rules.kept': '遵守',
  'rules.broken': '违反',
  'rule.ignore-promised-values.name': '按承诺中的报告提议',
  'rule.ignore-promised-values.text':
    '收到多数派承诺的提议者，必须提议这些承诺所报告的最大编号的值；只有在没有任何报告时，才能提议自己客户端的值。',
  'rule.amnesiac-acceptor.name': '宕机后仍记得承诺',
  'rule.amnesiac-acceptor.text': '接受者把自己的承诺和已接受的值存在磁盘上，重启后两者都还在。',
  'rule.minority-quorum.name': '法定人数必须是多数派',
  'rule.minority-quorum.text':
    '只有超过半数的接受者参与，一个编号才能继续、一个值才能被选定，因此任意两个法定人数都至少有一个共同的接受者。',
  'rule.accept-any-ballot.name': '信守承诺',
  'rule.accept-any-ballot.text': '承诺了编号 n 的接受者，不再接受任何低于 n 的编号。',
  'rule.shared-ballots.name': '一个编号只属于一个提议者',
  'rule.shared-ballots.text':
    '任意两个提议者都不会使用同一个编号：P1 拥有 1、3、5……，P2 拥有 2、4、6……',
  'rule.ignore-promised-slots.name': '恢复承诺中报告的命令',
  'rule.ignore-promised-slots.text':
    '新的领导者在承诺报告过的每个槽位中，提议为该槽位报告的最大编号的命令，然后才把新命令放进任何槽位。',
  'rule.skip-holes.name': '用 noop 填补每个空缺',
  'rule.skip-holes.text':
    '新的领导者把低于所报告的最高槽位、却没有任何承诺报告的槽位填上 noop，副本才能越过它继续执行。',
  'rule.no-dedup.name': '每个请求只执行一次',
  'rule.no-dedup.text':
    '副本只在 (client, seq) 第一次被选定时执行它；在之后槽位中被选定的重试，用缓存的结果回答。',
  'rule.out-of-order-apply.name': '按槽位顺序执行',
  'rule.out-of-order-apply.text':
    '即使较后的槽位先被选定，副本也要在执行完槽位 s 之后才执行槽位 s + 1。',

  'search.title': '寻找一次破坏一致性的运行',
  'search.title.log': '寻找一次破坏日志的运行',
  'search.acceptors': '接受者',
  'search.proposers': '提议者',
  'search.maxBallot': '编号上限',
  'search.crashes': '宕机次数',
  'search.find': '寻找反例',
  'search.cancel': '取消',
  'search.progress': '搜索进度',
  'search.random': '正在尝试随机调度：已试 {walks} 个。',
  'search.exhaustive': '正在搜索所有调度：{states} 个不同状态，调度长度 {depth} 步。',
  'search.found':
    '用时 {seconds} 秒找到：一次 {steps} 步的运行（{deliveries} 次送达、{timeouts} 次超时、{faults} 次故障），其中{broken}。它已显示在时间线上。',
  'broken.Agreement': '有两个值被选定',
  'broken.Agreement.log': '同一个槽位选定了两个命令',
  'broken.Validity': '一个没有客户端请求过的值被选定',
  'broken.LearnerConsistency': '学习者意见不一或改变了主意',
  'broken.PromiseMonotonicity': '一个接受者的承诺降低了',
  'broken.AcceptedWithinPromise': '一个接受者接受了低于其承诺的编号',
  'broken.ReplicaConsistency': '两个副本执行了不同的命令',
  'broken.AppliedOnce': '一个副本把同一个请求执行了两次',
  'broken.SlotOrder': '一个副本在执行下面的槽位之前先执行了上面的槽位',
  'broken.NoHoles': '领导者下一个槽位之下有一个槽位永远空着，任何副本都无法越过它继续执行',
  'search.foundBy.exhaustive':
    '没有更短的运行能做到：所有步数更少的调度都已先被搜索过（{states} 个不同状态）。',
  'search.foundBy.random': '这是随机调度找到的，已从 {unshrunk} 步缩减而来。',
  'search.noneLead': '没有任何运行破坏一致性。',
  'search.noneLead.log': '没有任何运行破坏日志。',
  'search.none': '{model}，共 {states} 个不同状态：没有违反。',
  'search.noneDetail':
    '消息以任意顺序送达、任意消息从未送达、任意提议者在任意时刻超时，以及宕机（保留磁盘内容的宕机只会延迟和丢失消息，这些调度已经涵盖）。搜索用时 {seconds} 秒（每秒 {rate} 个状态）。',
  'search.incomplete':
    '{model}，在 {states} 个不同状态中没有违反，但搜索在 {limit} 的上限处停止了：这不是证明。',
  'search.limit.states': '{count} 个状态',
  'search.limit.time': '{seconds} 秒',
  'search.cancelled': '已在 {states} 个不同状态之后取消。',
  'search.cancelledFound':
    '已在 {states} 个不同状态之后取消。随机调度找到的那次 {steps} 步的运行仍留在时间线上；可能还有更短的运行。',
  'search.interim':
    '随机调度找到了一次 {steps} 步的运行，其中{broken}：它已显示在时间线上。正在搜索所有更短的调度，寻找最短的那一次……',
  'search.failed': '搜索停止了：{error}',
  'search.unavailable': '搜索需要完整的 Paxoscope 页面：它在页面旁的 worker 中运行。',
  'model.acceptors.one': '{count} 个接受者',
  'model.acceptors.other': '{count} 个接受者',
  'model.proposers.one': '{count} 个提议者',
  'model.proposers.other': '{count} 个提议者',
  'model.ballots': '编号至多为 {count}',
  'model.crashes.one': '至多 {count} 次宕机',
  'model.crashes.other': '至多 {count} 次宕机',
  'model.list': '{acceptors}、{proposers}、{ballots}、{crashes}',

  'scenario.title': '反例：{rule}',
  'scenario.goal.exhaustive':
    '违反这条规则后{broken}的最短运行：Paxoscope 已先搜索过所有更短的运行。',
  'scenario.goal.random':
    '违反这条规则后{broken}的一次运行，由随机调度找到，并已缩减到去掉任何一步都不再成立。',

  'quorums.label': '法定人数',
  'quorums.summary': '{value} 的法定人数（编号 {ballot}）',
  'quorums.chosen': '{value} 在编号 {ballot} 中被选定：它的接受法定人数是 {acceptors}。',
  'quorums.none':
    '还没有更高的编号提议过。任何这样的编号都需要多数派的承诺，而这个多数派必然与 {acceptors} 有共同的接受者。',
  'quorums.later': '编号 {ballot}（{proposer}）收到了 {acceptors} 的承诺。',
  'quorums.both.none': '没有接受者同时属于两个法定人数。',
  'quorums.both.one': '{acceptors} 同时属于两个法定人数。',
  'quorums.both.other': '{acceptors} 同时属于两个法定人数。',
  'quorums.adopted': '{acceptor} 报告了 {value}，所以 {proposer} 提议了 {value}。',
  'quorums.own': '{proposer} 提议了 {value}。',
  'quorums.acceptor': '接受者',
  'quorums.member': '属于这个法定人数',
  'quorums.shared': '同时属于两者',
  'quorums.row.accept': '在编号 {ballot} 中接受了 {value}',
  'quorums.row.promise': '向 {proposer} 承诺了编号 {ballot}',

  'conflict.title': '一致性被破坏了',
  'conflict.order.later':
    '两个值都被选定了：先是 {first} 在编号 {firstBallot} 中被{firstQuorum}选定，然后 {second} 在更晚的编号 {secondBallot} 中被{secondQuorum}选定。',
  'conflict.order.earlier':
    '两个值都被选定了：先是 {first} 在编号 {firstBallot} 中被{firstQuorum}选定，然后 {second} 在更早的编号 {secondBallot} 中被{secondQuorum}选定。',
  'conflict.order.same':
    '两个值都被选定了：先是 {first} 在编号 {firstBallot} 中被{firstQuorum}选定，然后 {second} 在同一个编号中被{secondQuorum}选定。',
  'conflict.majority': '多数派 {acceptors} ',
  'conflict.minority': ' {acceptors}（不是多数派）',
  'conflict.marker': '一致性被破坏',
  'reason.disjoint.later':
    '两个法定人数没有共同的接受者：法定人数小于多数派，所以编号 {highBallot} 从未得知 {low}。',
  'reason.disjoint.earlier':
    '两个法定人数没有共同的接受者：法定人数小于多数派，承诺过编号 {highBallot} 的接受者都不在编号 {lowBallot} 的法定人数中，没有谁来拒绝它。',
  'reason.ignored':
    '{acceptor} 同时属于两者，并在承诺中报告了 {low}，但 {proposer} 仍然提议了 {high}。',
  'reason.forgot.vote':
    '{acceptor} 同时属于两者，但它在承诺编号 {highBallot} 之前重启，忘记了对 {low} 的投票，所以编号 {highBallot} 从未得知 {low}。',
  'reason.forgot.promise':
    '{acceptor} 同时属于两者：它承诺了编号 {highBallot}，随后重启并忘记了这个承诺，于是接受了编号 {lowBallot} 中的 {low}。',
  'reason.accepted-after-promise.later':
    '{acceptor} 同时属于两者：它先承诺了编号 {highBallot}，之后才违背承诺接受了编号 {lowBallot} 中的 {low}，所以它的承诺无法报告 {low}。',
  'reason.accepted-after-promise.earlier':
    '{acceptor} 同时属于两者：它承诺了编号 {highBallot}，之后却仍然违背承诺接受了更早的编号 {lowBallot} 中的 {low}。',
  'reason.same-ballot':
    '两者都在编号 {highBallot} 中被选定：两个提议者使用了同一个编号，所以同样的承诺让两个提议都得以通过。',
};
