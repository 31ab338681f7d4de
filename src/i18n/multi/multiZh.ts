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
  'log.watermarkNone': '{replica} 还没执行任何槽位',
  'log.show': '显示日志',
};
