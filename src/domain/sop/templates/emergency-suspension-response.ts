// Emergency Suspension Response: suspend trading of a symbol (or the venue) when the market or the platform is
// unsafe, keep users and market makers informed, and reopen only with the Head of Risk's decision.
import type { SopTemplate } from '../template';
import { section, step } from './parts';

export const emergencySuspensionResponse: SopTemplate = {
  id: 'emergency-suspension-response',
  kind: 'procedure',
  ownerRole: 'head-of-risk',
  reviewEveryDays: 90,
  labels: ['sop', 'incident', 'risk', 'suspension'],
  sections: [
    section('triggers', 'checklist', ['index-outage', 'matcher-fault', 'regulator', 'extreme-move']),
    section('communications', 'text'),
  ],
  steps: [
    step('declare', 'incident-commander', 'head-of-risk', ['rnd-oncall', 'sre-oncall'], ['pmo', 'compliance'], 5, ['sev-declared', 'bridge-open']),
    step('suspend', 'risk-operator', 'head-of-risk', ['rnd-oncall'], ['incident-commander'], 3, ['suspend-command', 'funding-paused']),
    step('protect-positions', 'risk-operator', 'head-of-risk', ['rnd-oncall'], ['compliance'], 10, ['liquidations-paused', 'mark-frozen']),
    step('announce', 'cs-lead', 'incident-commander', ['compliance', 'ops-lead'], ['mm-lead'], 10, ['announcement-en', 'announcement-zh', 'cs-macro']),
    step('diagnose', 'rnd-oncall', 'incident-commander', ['sre-oncall'], ['pmo'], 30, ['cause-known', 'fix-verified']),
    step('reopen', 'head-of-risk', 'head-of-risk', ['mm-lead', 'rnd-oncall', 'compliance'], ['cs-lead', 'ops-lead'], 15, ['mm-ready', 'call-auction', 'reopen-notice']),
    step('post-mortem', 'incident-commander', 'pmo', ['head-of-risk'], ['product-owner'], 20, ['pm-page', 'compensation-review']),
  ],
  text: {
    'en-US': {
      title: 'Emergency Suspension Response',
      summary: 'Suspend a symbol or the venue when prices or the platform cannot be trusted, protect positions from unfair liquidation, tell users within 10 minutes and reopen through a call auction.',
      sections: {
        triggers: { heading: 'Triggers', body: 'Any one of these is enough to suspend; the incident commander records which.', items: { 'index-outage': 'Two or more index sources stale or diverging for more than 60 s', 'matcher-fault': 'Matching or sequencing fault: journal gap, crossed book', regulator: 'A regulator or legal instruction', 'extreme-move': 'A move beyond the circuit-breaker band that does not settle within 5 minutes' } },
        communications: { heading: 'Communications', body: 'First notice within 10 minutes, then updates every 30 minutes until reopening, in English and Chinese. Never promise a reopening time before R&D has verified the fix.', items: {} },
      },
      steps: {
        declare: { title: 'Declare the incident', detail: 'Declare SEV-1, open the incident bridge and name the roles.', checklist: { 'sev-declared': 'SEV-1 declared', 'bridge-open': 'Bridge open with every role named' } },
        suspend: { title: 'Suspend trading', detail: 'Suspend the symbol (or all symbols) in the admin console and pause funding settlement.', checklist: { 'suspend-command': 'Suspension acknowledged', 'funding-paused': 'Funding settlement paused' } },
        'protect-positions': { title: 'Protect positions', detail: 'Pause liquidations and freeze the mark price so nobody is liquidated on a price that cannot be trusted.', checklist: { 'liquidations-paused': 'Liquidations paused', 'mark-frozen': 'Mark price frozen' } },
        announce: { title: 'Announce the suspension', detail: 'Publish the suspension notice and switch CS to the incident macro.', checklist: { 'announcement-en': 'English announcement published', 'announcement-zh': 'Chinese announcement published', 'cs-macro': 'CS incident macro active' } },
        diagnose: { title: 'Diagnose and fix', detail: 'Find the cause, fix it and verify on the replayed journal before reopening.', checklist: { 'cause-known': 'Cause identified', 'fix-verified': 'Fix verified by replay' } },
        reopen: { title: 'Decide to reopen', detail: 'The Head of Risk decides; market makers confirm they are ready; reopen through a call auction.', checklist: { 'mm-ready': 'Market makers ready', 'call-auction': 'Call auction held', 'reopen-notice': 'Reopening announced' } },
        'post-mortem': { title: 'Open the post-mortem', detail: 'Create the post-mortem page within 48 hours and review compensation cases.', checklist: { 'pm-page': 'Post-mortem page created', 'compensation-review': 'Compensation cases reviewed' } },
      },
      questions: {},
    },
    'zh-CN': {
      title: '紧急暂停交易响应',
      summary: '当价格或平台不可信时暂停合约或全站交易，防止不公平强平，10 分钟内通知用户，并经集合竞价恢复交易。',
      sections: {
        triggers: { heading: '触发条件', body: '满足任意一项即可暂停；事件指挥官记录具体原因。', items: { 'index-outage': '两个及以上指数源停滞或偏离超过 60 秒', 'matcher-fault': '撮合或定序故障：日志缺口、买卖盘交叉', regulator: '监管或法律指令', 'extreme-move': '价格波动超出熔断区间且 5 分钟内未回稳' } },
        communications: { heading: '对外沟通', body: '10 分钟内发出首次通知，此后每 30 分钟中英文更新一次，直至恢复交易。研发验证修复前不得承诺恢复时间。', items: {} },
      },
      steps: {
        declare: { title: '宣布事件', detail: '宣布 SEV-1，开启事件会议并指定各角色。', checklist: { 'sev-declared': '已宣布 SEV-1', 'bridge-open': '事件会议已开启且角色齐全' } },
        suspend: { title: '暂停交易', detail: '在管理后台暂停该合约（或全部合约），并暂停资金费率结算。', checklist: { 'suspend-command': '暂停已确认', 'funding-paused': '资金费率结算已暂停' } },
        'protect-positions': { title: '保护仓位', detail: '暂停强平并冻结标记价格，避免用户在不可信价格上被强平。', checklist: { 'liquidations-paused': '强平已暂停', 'mark-frozen': '标记价格已冻结' } },
        announce: { title: '发布暂停公告', detail: '发布暂停公告，客服切换到事件快捷回复。', checklist: { 'announcement-en': '英文公告已发布', 'announcement-zh': '中文公告已发布', 'cs-macro': '客服事件快捷回复已启用' } },
        diagnose: { title: '定位并修复', detail: '找出原因并修复，恢复前须在回放日志上验证。', checklist: { 'cause-known': '原因已确认', 'fix-verified': '修复已通过回放验证' } },
        reopen: { title: '决定恢复交易', detail: '由风控负责人决定；做市商确认就绪；经集合竞价恢复交易。', checklist: { 'mm-ready': '做市商已就绪', 'call-auction': '已进行集合竞价', 'reopen-notice': '已公告恢复交易' } },
        'post-mortem': { title: '启动复盘', detail: '48 小时内创建复盘页面，并审核补偿个案。', checklist: { 'pm-page': '复盘页面已创建', 'compensation-review': '补偿个案已审核' } },
      },
      questions: {},
    },
  },
};
