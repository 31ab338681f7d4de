import type { MessageKey } from './en';

/** 中文：每个英文键都必须有译文（缺一个键，类型检查就会失败）。 */
export const zh: Record<MessageKey, string> = {
  'app.tagline': '一条条消息，看 Paxos 如何工作',
  'app.loadError': '无法打开这个场景：{error}',

  'controls.label': '播放',
  'controls.step': '下一步',
  'controls.stepBack': '上一步',
  'controls.play': '播放',
  'controls.pause': '暂停',
  'controls.reset': '重置',
  'controls.speed': '速度',
  'controls.scrubber': '运行中的时刻',
  'controls.time': '第 {time} 刻（共 {end} 刻）',
  'controls.stepCount': '第 {step} 步（共 {steps} 步）',
  'controls.follow': '跟随游标',
  'controls.keys': '空格 播放/暂停 · → 下一步 · ← 上一步',

  'role.client': '客户端',
  'role.proposer': '提议者',
  'role.acceptor': '接受者',
  'role.learner': '学习者',

  'node.down': '宕机',
  'node.side': '分区 {side}',
  'acceptor.promised': '承诺 {ballot}',
  'acceptor.noPromise': '未承诺',
  'acceptor.accepted': '已接受 ({ballot}, {value})',
  'acceptor.nothingAccepted': '未接受任何值',
  'proposer.idle': '空闲',
  'proposer.prepare': '阶段一 · 编号 {ballot}',
  'proposer.accept': '阶段二 · 编号 {ballot}',
  'proposer.backoff': '等待重试',
  'proposer.chosen': '知道 {value} 已被选定',
  'proposer.promises': '承诺 {count}/{quorum}',
  'proposer.accepts': '已接受 {count}/{quorum}',
  'proposer.proposes': '提议 {value}',
  'learner.learned': '已学习 {value}',
  'learner.nothing': '尚未学习',
  'client.idle': '无请求',
  'client.waiting': '等待中（{value}）',
  'client.answered': '已答复：{value}',

  'fate.in-flight': '传输中',
  'fate.delivered': '已送达',
  'fate.dropped': '丢失',
  'drop.loss': '被网络丢失',
  'drop.crashed': '丢失：接收方宕机',
  'drop.partition': '在网络分区处丢失',
  'drop.script': '被场景丢弃',
  'drop.user': '被你丢弃',
  'message.route': '{from} → {to}',
  'message.sent': '第 {time} 刻发出',
  'message.arrives': '第 {time} 刻到达',
  'message.delivered': '第 {time} 刻送达',
  'message.lostAt': '第 {time} 刻丢失',
  'message.copy': '网络复制出的副本',
  'message.causes': '点击查看它的起因和它引发的消息',

  'narration.label': '刚刚发生了什么',
  'narration.start': '按“下一步”（→）开始。{goal}',
  'narration.startPlain': '按“下一步”（→）开始。',
  'narration.end': '运行结束。',
  'narration.request': '{client} 请求 {proposer} 让 {value} 被选定。',
  'narration.clientDown': '{client} 宕机了，什么也没发出。',
  'narration.lost.loss': '网络丢失了 {from} 发给 {to} 的 {label}。',
  'narration.lost.crashed': '{from} 发出的 {label} 丢失了：{to} 宕机。',
  'narration.lost.partition': '{from} 发出的 {label} 无法穿过网络分区到达 {to}。',
  'narration.lost.script': '场景丢弃了 {from} 发给 {to} 的 {label}。',
  'narration.lost.user': '你丢弃了 {from} 发给 {to} 的 {label}。',
  'narration.startBallot':
    '{proposer} 收到 {client} 对 {value} 的请求，开始编号 {ballot}：请每个接受者承诺不再接受更小的编号（Prepare({ballot})）。',
  'narration.busy': '{proposer} 正忙于编号 {ballot}；它会用下一个编号来处理 {client} 的请求。',
  'narration.promise': '{acceptor} 承诺编号 {ballot}：从此忽略更小的编号。它还没有接受过任何值。',
  'narration.promiseReport':
    '{acceptor} 承诺编号 {ballot}，并报告它已在编号 {accepted} 中接受了 {value}，所以 {proposer} 不能再随意提议值了。',
  'narration.refusePrepare': '{acceptor} 拒绝编号 {ballot}：它已经承诺了编号 {promised}。',
  'narration.countPromises': '{proposer} 已收到编号 {ballot} 所需 {quorum} 个承诺中的 {count} 个。',
  'narration.ignorePromise':
    '{proposer} 忽略这个承诺：它针对的是编号 {ballot}，而 {proposer} 已经不在这个编号上了。',
  'narration.proposeOwn':
    '{proposer} 收到了多数派的承诺。没有接受者报告已接受的值，所以它可以提议自己客户端的值 {value}：Accept!({ballot},{value})。',
  'narration.proposeAdopted':
    '{proposer} 收到了多数派的承诺。报告中最大的编号是 {reportedBallot}（来自 {acceptor}），其值为 {value}，所以 {proposer} 必须提议 {value}：它可能已经被选定了。',
  'narration.proposeIgnoring':
    '{proposer} 收到了多数派的承诺，却提议自己的值 {value}——这违反了规则：{acceptor} 报告了在编号 {reportedBallot} 中已接受的 {reported}。',
  'narration.accept':
    '{acceptor} 在编号 {ballot} 中接受了 {value}，并告知 {proposer} 和每个学习者。',
  'narration.refuseAccept':
    '{acceptor} 拒绝 Accept!({ballot},{value})：它已经承诺了编号 {promised}。',
  'narration.chosen':
    '{value} 现在被选定了：多数派（{acceptors}）在编号 {ballot} 中接受了它。之后的任何编号都不可能选定别的值。',
  'narration.decide': '{proposer} 收到了多数派的 Accepted：它知道 {value} 已被选定。',
  'narration.countAccepts':
    '{proposer} 已收到编号 {ballot} 所需 {quorum} 个 Accepted 中的 {count} 个。',
  'narration.ignoreAccepted': '{proposer} 忽略这个 Accepted：它不属于当前的提议。',
  'narration.learn':
    '{learner} 得知多数派在编号 {ballot} 中接受了 {value}：它学习到 {value}，并告知 {client}。',
  'narration.answer':
    '{learner} 看到编号 {ballot} 达到多数派，把已选定的值 {value} 告知 {client}。',
  'narration.countLearner':
    '{learner} 已得知所需 {quorum} 个接受者中有 {count} 个在编号 {ballot} 中接受了 {value}。',
  'narration.learnerDone': '{learner} 已经知道这个编号的结果。',
  'narration.nack':
    '{proposer} 得知编号 {promised} 已被承诺，所以它的编号 {ballot} 不可能成功。它将在 {wait} 刻后用更大的编号重试。',
  'narration.ignoreNack': '{proposer} 忽略这个拒绝：它涉及的编号已不再进行。',
  'narration.response': '{client} 从 {learner} 得知 {value} 已被选定。',
  'narration.timeout':
    '{proposer} 在时限内没有得到编号 {ballot} 的多数派。它放弃该编号，将在 {wait} 刻后重试。',
  'narration.retry': '{proposer} 用编号 {ballot} 重试，这个编号比它见过的任何编号都大。',
  'narration.duplicate': '网络复制了 {from} 发给 {to} 的 {label}。',
  'narration.delay': '{from} 发给 {to} 的 {label} 被延迟到第 {time} 刻。',
  'narration.crash': '{node} 宕机：停止收发消息。',
  'narration.crashAcceptor': '{node} 宕机。它的承诺和已接受的值保存在磁盘上，不会丢失。',
  'narration.crashProposer': '{node} 宕机：正在进行的编号丢失了，只有它见过的最大编号会保留。',
  'narration.restart': '{node} 重启。',
  'narration.restartAcceptor': '{node} 重启，承诺和已接受的值完好无损。',
  'narration.restartForgot': '{node} 重启后忘记了它的承诺和已接受的值——这违反了规则。',
  'narration.partition': '网络分裂为：{sides}。不同分区之间的消息会丢失。',
  'narration.heal': '网络分区恢复：所有节点又能互相通信了。',
  'narration.configure': '从现在起使用新的网络设置。',
  'narration.dropRule': '从现在起，网络会丢弃匹配的消息。',
  'narration.nothing': '什么也没发生：这条消息已不在传输中。',

  'violation.title': '安全性被破坏：{invariant}',
  'violation.two-values-chosen':
    '两个不同的值被选定：{first} 在编号 {firstBallot} 中被 {firstQuorum} 接受，{second} 在编号 {secondBallot} 中被 {secondQuorum} 接受。',
  'violation.unrequested-value': '{value} 被选定了，但没有任何客户端请求过它。',
  'violation.learned-value-changed': '{learner} 改变了主意：它曾学习到 {before}，现在是 {after}。',
  'violation.learned-unchosen-value':
    '{learner} 学习到 {value}，但没有多数派在编号 {ballot} 中接受它。',
  'violation.learners-disagree':
    '学习者之间不一致：{learner} 学习到 {value}，而 {other} 学习到 {otherValue}。',
  'violation.promise-fell': '{acceptor} 的承诺从编号 {before} 降到了 {after}。',
  'violation.accepted-above-promise': '{acceptor} 接受了编号 {ballot}，但只承诺了 {promised}。',
  'violation.none': '无',
};
