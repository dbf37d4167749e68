// Emergency Order-Cancellation Drill: freeze order entry for a scope, cancel all its orders, reconcile margin and
// bring market makers back; rehearsed before every release of the trading core.
import type { SopTemplate } from '../template';
import { section, step } from './parts';

export const emergencyOrderCancellationDrill: SopTemplate = {
  id: 'emergency-order-cancellation-drill',
  kind: 'drill',
  ownerRole: 'head-of-risk',
  reviewEveryDays: 90,
  drillEveryDays: 30,
  labels: ['sop', 'drill', 'risk', 'order-cancellation'],
  sections: [
    section('when', 'text'),
    section('pass-criteria', 'checklist', ['count-match', 'margin-released', 'mm-requote', 'notice-sent']),
  ],
  steps: [
    step('decide-scope', 'incident-commander', 'head-of-risk', ['risk-operator', 'compliance'], ['pmo'], 5, ['scope-recorded', 'reason-recorded']),
    step('freeze', 'risk-operator', 'head-of-risk', ['rnd-oncall'], ['incident-commander'], 2, ['freeze-command', 'entry-rejected']),
    step('cancel-all', 'rnd-oncall', 'incident-commander', ['risk-operator'], ['sre-oncall'], 5, ['cancel-run', 'count-checked']),
    step('reconcile', 'risk-operator', 'head-of-risk', ['rnd-oncall'], ['compliance'], 15, ['positions-unchanged', 'margin-released']),
    step('notify-mm', 'mm-lead', 'incident-commander', [], ['risk-operator'], 5, ['mm-channel', 'requote-window']),
    step('notify-users', 'cs-lead', 'incident-commander', ['compliance'], ['ops-lead'], 5, ['notice-en', 'notice-zh']),
    step('unfreeze', 'risk-operator', 'head-of-risk', ['mm-lead'], ['cs-lead', 'pmo'], 5, ['unfreeze-command', 'depth-back']),
  ],
  text: {
    'en-US': {
      title: 'Emergency Order-Cancellation Drill',
      summary: 'Rehearse cancelling every open order of a scope (a symbol, an account or the whole venue) when a pricing fault, a runaway client or a matching defect puts users at risk.',
      sections: {
        when: { heading: 'When to use it', body: 'The Head of Risk or the incident commander decides, and records the reason and the scope. In the drill the scope is the staging symbol ETHUSDT-PERP-DRILL with seeded orders from test accounts.', items: {} },
        'pass-criteria': {
          heading: 'Pass criteria', body: 'Every criterion must hold for the drill to pass.',
          items: { 'count-match': 'Cancelled order count equals the order store\'s count for the scope', 'margin-released': 'Order margin released; positions and position margin unchanged', 'mm-requote': 'Market makers re-quoting within 60 s after unfreeze', 'notice-sent': 'User notice sent in both languages' },
        },
      },
      steps: {
        'decide-scope': { title: 'Decide and record the scope', detail: 'Name the scope (symbol, account or all) and the reason in the incident channel.', checklist: { 'scope-recorded': 'Scope recorded', 'reason-recorded': 'Reason recorded' } },
        freeze: { title: 'Freeze order entry', detail: 'Run FREEZE for the scope in the admin console; new orders must be refused.', checklist: { 'freeze-command': 'Freeze acknowledged', 'entry-rejected': 'Test order refused' } },
        'cancel-all': { title: 'Cancel all orders of the scope', detail: 'Run cancel-all; compare the number cancelled with the order store.', checklist: { 'cancel-run': 'Cancel-all finished', 'count-checked': 'Counts match the order store' } },
        reconcile: { title: 'Reconcile positions and margin', detail: 'Check that only order margin was released and positions are untouched.', checklist: { 'positions-unchanged': 'Positions unchanged', 'margin-released': 'Order margin released' } },
        'notify-mm': { title: 'Notify market makers', detail: 'Tell market makers on the MM channel when entry reopens; they re-quote within 60 s.', checklist: { 'mm-channel': 'MM channel notified', 'requote-window': 'Re-quote window agreed' } },
        'notify-users': { title: 'Notify users', detail: 'Send the prepared cancellation notice in English and Chinese.', checklist: { 'notice-en': 'English notice sent', 'notice-zh': 'Chinese notice sent' } },
        unfreeze: { title: 'Unfreeze and watch depth', detail: 'Lift the freeze and watch depth within ±1% of mid return to its usual level.', checklist: { 'unfreeze-command': 'Freeze lifted', 'depth-back': 'Depth back within 60 s' } },
      },
      questions: {},
    },
    'zh-CN': {
      title: '紧急撤单演练',
      summary: '演练在定价故障、客户端失控或撮合缺陷危及用户时，撤销某一范围（合约、账户或全站）内的全部挂单。',
      sections: {
        when: { heading: '适用情形', body: '由风控负责人或事件指挥官决定，并记录原因与范围。演练范围为预发布合约 ETHUSDT-PERP-DRILL，订单来自测试账户。', items: {} },
        'pass-criteria': {
          heading: '通过标准', body: '所有标准均满足才算通过。',
          items: { 'count-match': '撤单数量与订单存储中该范围的数量一致', 'margin-released': '订单保证金已释放，仓位及仓位保证金不变', 'mm-requote': '解冻后 60 秒内做市商恢复报价', 'notice-sent': '已发送中英文用户通知' },
        },
      },
      steps: {
        'decide-scope': { title: '确定并记录范围', detail: '在事件频道中写明范围（合约、账户或全站）和原因。', checklist: { 'scope-recorded': '已记录范围', 'reason-recorded': '已记录原因' } },
        freeze: { title: '冻结下单', detail: '在管理后台对该范围执行 FREEZE；新订单须被拒绝。', checklist: { 'freeze-command': '冻结已确认', 'entry-rejected': '测试订单被拒绝' } },
        'cancel-all': { title: '撤销范围内全部订单', detail: '执行全部撤单，并与订单存储核对撤单数量。', checklist: { 'cancel-run': '全部撤单已完成', 'count-checked': '数量与订单存储一致' } },
        reconcile: { title: '核对仓位与保证金', detail: '确认仅释放了订单保证金，仓位未受影响。', checklist: { 'positions-unchanged': '仓位不变', 'margin-released': '订单保证金已释放' } },
        'notify-mm': { title: '通知做市商', detail: '在做市频道告知恢复下单的时间；做市商须在 60 秒内重新报价。', checklist: { 'mm-channel': '已通知做市频道', 'requote-window': '已约定重新报价时间' } },
        'notify-users': { title: '通知用户', detail: '发送预置的中英文撤单通知。', checklist: { 'notice-en': '英文通知已发送', 'notice-zh': '中文通知已发送' } },
        unfreeze: { title: '解冻并观察深度', detail: '解除冻结，观察中间价 ±1% 内的深度恢复到正常水平。', checklist: { 'unfreeze-command': '冻结已解除', 'depth-back': '60 秒内深度恢复' } },
      },
      questions: {},
    },
  },
};
