import type { multiEn } from './multiEn';

/** Multi-Paxos 在屏幕上的中文用词（日志、节点状态、解说），由中文词典并入。 */
export const multiZh: Record<keyof typeof multiEn, string> = {
  'log.label': '日志',
  'log.slot': '槽位',
  'log.chosen': '已选定',
  'log.noLeader': '没有领导者',
  'log.leader':
    '领导者 {leader} · 编号\u00a0{ballot} · 下一个空槽 {next} · 在途 {inFlight}/{window}',
  'log.empty': '还没有任何槽位有内容。',
  'log.hole': '空洞',
  'log.noop': 'noop',
  'log.next': '下一个',
  'log.chosenAt': '编号 {ballot}，第 {at} 刻',
  'log.vote': '{acceptor} 以编号 {ballot} 接受了 {value}',
  'log.noVote': '{acceptor} 在这个槽位什么都没接受',
  'log.applied.command': '已执行',
  'log.applied.noop': '跳过 noop',
  'log.applied.duplicate': '用缓存回答',
  'log.applied.none': '未执行',
  'log.replicaSays': '{replica}：{what}',
  'log.watermark': '{replica} 已执行 1–{count}',
  'log.watermarkOne': '{replica} 已执行槽位 1',
  'log.watermarkNone': '{replica} 还没执行任何槽位',
  'log.store': '{replica} 的键值状态',
  'log.show': '显示日志',
  'log.showSlot': '槽位 {slot}：突出显示它的 Accept! 和 Accepted 消息',
  'multi.proposer.leader': '领导者 · 编号\u00a0{ballot}',
  'multi.proposer.nextSlot': '下一个槽位 {slot}',
  'multi.proposer.follows': '跟随 {leader}',
  'multi.acceptor.slotOne': '在 1 个槽位接受过',
  'multi.acceptor.slots': '在 {count} 个槽位接受过',
  'multi.replica.applied': '已执行槽位\u00a01–{count}',
  'multi.replica.appliedNone': '尚未执行',
  'multi.replica.appliedOne': '已执行槽位 1',
  'multi.replica.store': '{store}',
  'multi.replica.storeEmpty': '存储为空',
  'multi.client.waiting': '#{seq} 等待中（{value}）',
  'multi.client.answered': '#{seq} 得到回答：{value}',
  'notice.unsafeQuorums':
    '{acceptors} 个接受者中 q1 = {phase1}、q2 = {phase2}：q1 + q2 不大于 {acceptors}，阶段一的法定人数可能与阶段二的法定人数没有交集，安全性不再有保证。',
  'multi.narration.request': '{client} 请求 {proposer} 执行 {value}（请求 #{seq}）。',
  'multi.narration.requestAgain':
    '{client} 再次向 {proposer} 发送请求 #{seq}（{value}）：同一个 (client, seq)，所以已经应用过它的副本会从缓存中回答，而不会再应用一次。',
  'multi.narration.campaignRequest':
    '{proposer} 不知道有领导者，所以在把 {value} 放进槽位之前，它用编号 {ballot} 为从 {slot} 起的所有槽位只运行一次阶段一：向每个接受者发送 Prepare。',
  'multi.narration.campaignSilence':
    '{proposer} 已经 {timeout} 刻没有收到领导者的心跳：它启用编号 {ballot}，为从 {slot} 起的所有槽位运行阶段一。',
  'multi.narration.campaignRetry':
    '{proposer} 的退避结束了：它用编号 {ballot} 为从 {slot} 起的所有槽位再次运行阶段一。',
  'multi.narration.forward': '{proposer} 不是领导者：它把 {value} 转发给 {leader}。',
  'multi.narration.requestWaits':
    '{proposer} 暂时保留 {value}，直到能给它一个槽位：它还没成为领导者，或者在途槽位的窗口已满。',
  'multi.narration.promise':
    '{acceptor} 为从 {slot} 起的所有槽位承诺编号 {ballot}；它在那里没有接受过任何值可报告。',
  'multi.narration.promiseReport':
    '{acceptor} 为从 {slot} 起的所有槽位承诺编号 {ballot}，并报告它在那里接受过的值（槽位: 值 (编号)）：{report}。',
  'multi.narration.refuse':
    '{acceptor} 拒绝编号 {ballot} 的 {type}：它已承诺编号 {promised}，所以回复 Nack。',
  'multi.narration.countPromises':
    '{proposer} 为编号 {ballot} 计入一个承诺：已有 {count} 个，需要 {quorum} 个（q1）。',
  'multi.narration.lead':
    '{proposer} 收到了阶段一法定人数（{quorum}）对编号 {ballot} 的承诺：它成为从槽位 {slot} 起的领导者，在位期间不再运行阶段一。',
  'multi.narration.proposeReported':
    '槽位 {slot} 的报告带回了 {acceptor} 在编号 {reportedBallot} 中接受的 {value}，所以 {proposer} 必须在那里提议 {value}：Accept!({ballot},{slot},{value})。',
  'multi.narration.proposeNoop':
    '没有接受者报告槽位 {slot}：{proposer} 用 noop 填上它，副本才能越过它继续执行。',
  'multi.narration.proposeNew':
    '{proposer} 把 {value} 放进槽位 {slot}：只需一次 Accept!/Accepted 往返，因为所有槽位的阶段一已经完成。',
  'multi.narration.proposeIgnoring':
    '{proposer} 在槽位 {slot} 提议 {value}，尽管 {acceptor} 在那里报告了 {reported}——这违反了规则。',
  'multi.narration.accept':
    '{acceptor} 在槽位 {slot}、编号 {ballot} 中接受了 {value}，并告知 {leader} 和每个副本。',
  'multi.narration.countAccepted':
    '{node} 为槽位 {slot}（编号 {ballot}）计入一个 Accepted：已有 {count} 个，需要 {quorum} 个（q2）。',
  'multi.narration.decide':
    '{proposer} 收到了阶段二法定人数（{quorum}）对槽位 {slot} 的 Accepted：它知道 {value} 在那里已被选定。',
  'multi.narration.chosen':
    '槽位 {slot}：{value} 现在被选定了——法定人数（{acceptors}）在编号 {ballot} 中接受了它。之后的任何编号都不可能在这个槽位选定别的值。',
  'multi.narration.chosenRuleBroken':
    '槽位 {slot}：{acceptors} 在编号 {ballot} 中选定了 {value}——但规则被破坏了，这已不能阻止另一个值在这里被选定。',
  'multi.narration.learn': '{replica} 得知槽位 {slot} 中是 {value}（编号 {ballot}）。',
  'multi.narration.learnFromHeartbeat':
    '{replica} 从 {leader} 的心跳得知槽位 {slot} 中是 {value}：错过 Accepted 的副本就是这样追上的。',
  'multi.narration.apply':
    '{replica} 执行槽位 {slot}（{value}），并回答 {client} 的请求 #{seq}：{result}。',
  'multi.narration.applyNoop': '{replica} 跳过槽位 {slot} 中的 noop：没有要执行的。',
  'multi.narration.applyDuplicate':
    '槽位 {slot} 中又是 {client} 的请求 #{seq}：{replica} 已经执行过它，所以用缓存回答 {result}，而不是执行两次。',
  'multi.narration.waitForSlot':
    '{replica} 还不能执行它：副本按槽位顺序执行，而据它所知槽位 {slot} 还没有被选定。',
  'multi.narration.heartbeatReplica': '{replica} 收到 {leader} 的心跳；没有新的选定槽位。',
  'multi.narration.heartbeatReplicaAgain': '{replica} 又收到 {leader} 的心跳：没有新消息。',
  'multi.narration.follow':
    '{proposer} 收到 {leader} 编号 {ballot} 的心跳：它跟随 {leader}，只有沉默 {timeout} 刻之后才会竞选。',
  'multi.narration.heartbeatKept':
    '{proposer} 又收到了领导者 {leader} 的消息：它的沉默期限重新开始（{timeout} 刻）。',
  'multi.narration.heartbeatKeptAgain': '{proposer} 又收到 {leader} 的心跳：继续跟随它。',
  'multi.narration.heartbeatAgain': '{leader} 以编号 {ballot} 再次发出心跳：仍是领导者。',
  'multi.narration.heartbeat':
    '{leader} 以编号 {ballot} 担任领导者：它的心跳让其他提议者继续跟随它，并告诉副本哪些槽位已被选定。',
  'multi.narration.resend':
    '{leader} 为槽位 {slots} 重新发送 Accept!：还没有法定人数的 Accepted 回来。',
  'multi.narration.deposed':
    '来自 {acceptor} 的 Nack 给出了编号 {promised}，比 {proposer} 的 {ballot} 大：{proposer} 不再是领导者，并等到第 {time} 刻再试。',
  'multi.narration.phase1Timeout':
    '{proposer} 编号 {ballot} 的阶段一没有及时得到法定人数：它等到第 {time} 刻再试。',
  'multi.narration.nackNotHigher': '{node} 忽略这个 Nack：它给出的编号不比自己的 {ballot} 大。',
  'multi.narration.oldBallot':
    '{node} 忽略来自 {from} 的编号 {ballot} 的 {type}：它已不再进行那个编号。',
  'multi.narration.alreadyQuorum': '{node} 对此已有法定人数：来自 {from} 的 {type} 不改变什么。',
  'multi.narration.alreadyCounted': '{node} 已经计入过 {from}：这个 {type} 是副本。',
  'multi.narration.notPending':
    '{node} 已经知道槽位 {slot} 被选定：来自 {from} 的 {type} 不改变什么。',
  'multi.narration.answerLost':
    '{client} 还没有得到请求 #{seq} 的回答：除非另一个副本的回答到达，它会在第 {at} 刻再次发送同一个 (client, seq)。',
  'multi.narration.answerLostNoRetry':
    '{client} 还没有得到请求 #{seq} 的回答，而它从不重试（client.retry 为 0）：除非另一个副本的回答到达，它会一直等下去。',
  'multi.narration.answerLostAnswered':
    '{client} 已经从另一个副本得到了请求 #{seq} 的回答，所以这次丢失不改变任何事。',
  'multi.narration.clientRetry':
    '{client} 的请求 #{seq} 已经 {retry} 刻没有回答：它把同一个 (client, seq) 再发给 {proposer}。',
  'multi.narration.response': '{client} 从 {replica} 得到请求 #{seq} 的回答：{value}。',
  'multi.narration.chosenAgain':
    '槽位 {slot}：{value} 再次被选定，这次是 {acceptors} 在编号 {ballot} 中——正是编号 {firstBallot} 在那里选定的值，如 Paxos 所保证。',
  'multi.narration.ignoreHeartbeat':
    '{node} 忽略 {from} 编号 {ballot} 的心跳：它见过更大的编号，所以 {from} 不是它的领导者。',
  'scenario.groupBasic': '基本 Paxos',
  'scenario.groupMulti': 'Multi-Paxos',
};
