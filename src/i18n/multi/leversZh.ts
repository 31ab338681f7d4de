import type { leversEn } from './leversEn';

/** Multi-Paxos 自己的操作（心跳与窗口、灵活法定人数）的中文用词。 */
export const leversZh: Record<keyof typeof leversEn, string> = {
  'network.heartbeat': '领导者心跳间隔（刻）',
  'network.window': '窗口（同时在途的槽位数）',
  'toolbar.quorums': '法定人数',
  'quorums.title': '整个运行的法定人数',
  'quorums.phase1': '阶段一法定人数 q1（承诺）',
  'quorums.phase2': '阶段二法定人数 q2（接受）',
  'quorums.apply': '使用这些法定人数',
  'quorums.majorities': '恢复为多数派',
  'quorums.acceptors': '{acceptors} 个接受者：只要 q1 + q2 > {acceptors} 就是安全的。',
  'quorums.problem': '“{field}”须是 1 到 {max} 之间的整数。',
  'quorums.minority': '已打破的规则“少数派法定人数”已经设定了法定人数：请先在“规则”里恢复它。',
  'proposers.command': '新提议者的客户端要执行的命令（由副本应用）',
  'request.command': '命令',
  'request.put': 'put k v（写入一个键）',
  'request.get': 'get k（读取一个键）',
  'request.key': '键',
  'request.putValue': '值',
  'request.retry': '或者重试之前的请求（同一客户端、同一序号）',
  'request.retryOf': '#{seq} {value}',
  'request.retrySend': '重试',
};
