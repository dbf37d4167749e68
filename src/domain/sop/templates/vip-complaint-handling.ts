// VIP / Whale Complaint Handling: a complaint from a top-tier account (a liquidation, a fill, a funding charge)
// is acknowledged within 15 minutes, investigated from the journal and answered with a documented decision.
import type { SopTemplate } from '../template';
import { section, step } from './parts';

export const vipComplaintHandling: SopTemplate = {
  id: 'vip-complaint-handling',
  kind: 'procedure',
  ownerRole: 'cs-lead',
  reviewEveryDays: 180,
  labels: ['sop', 'cs', 'vip'],
  sections: [
    section('who', 'text'),
    section('service-levels', 'checklist', ['ack-15m', 'update-4h', 'decision-48h']),
  ],
  steps: [
    step('acknowledge', 'cs-lead', 'cs-lead', [], ['ops-lead'], 15, ['ticket-opened', 'vip-ack']),
    step('collect', 'cs-agent', 'cs-lead', ['risk-operator'], [], 30, ['order-ids', 'timestamps', 'user-claim']),
    step('investigate', 'risk-operator', 'head-of-risk', ['rnd-oncall'], ['cs-lead'], 120, ['journal-replay', 'mark-check', 'finding-written']),
    step('decide', 'head-of-risk', 'head-of-risk', ['compliance', 'ops-lead'], ['cs-lead'], 60, ['decision-recorded', 'compensation-approved']),
    step('respond', 'cs-lead', 'ops-lead', ['compliance'], ['head-of-risk'], 30, ['reply-sent', 'language-matched']),
    step('close', 'cs-lead', 'ops-lead', [], ['pmo'], 15, ['feedback', 'root-cause-ticket']),
  ],
  text: {
    'en-US': {
      title: 'VIP / Whale Complaint Handling',
      summary: 'Handle a complaint from a VIP or whale account about a liquidation, a fill or a funding charge: acknowledge in 15 minutes, investigate from the journal, decide with Risk and Compliance, answer in the user\'s language.',
      sections: {
        who: { heading: 'Who counts as VIP', body: 'Accounts at VIP 5 and above, or with 30-day perpetual volume above USD 50 million, or flagged by the account manager. Never discuss other users\' positions or disclose internal risk parameters beyond the published ones.', items: {} },
        'service-levels': { heading: 'Service levels', body: 'Measured from the first message of the complaint.', items: { 'ack-15m': 'Acknowledged within 15 minutes', 'update-4h': 'An update at least every 4 hours', 'decision-48h': 'A documented decision within 48 hours' } },
      },
      steps: {
        acknowledge: { title: 'Acknowledge the complaint', detail: 'Open a VIP ticket and send the acknowledgement with the ticket number.', checklist: { 'ticket-opened': 'VIP ticket opened', 'vip-ack': 'Acknowledgement sent' } },
        collect: { title: 'Collect the facts', detail: 'Order and position ids, timestamps (UTC) and the user\'s claim in their words.', checklist: { 'order-ids': 'Order and position ids collected', timestamps: 'Timestamps in UTC', 'user-claim': 'User\'s claim recorded verbatim' } },
        investigate: { title: 'Investigate from the journal', detail: 'Replay the account\'s events; check the mark price and the liquidation path against the index at the time.', checklist: { 'journal-replay': 'Journal replayed', 'mark-check': 'Mark price checked against the index', 'finding-written': 'Finding written in the ticket' } },
        decide: { title: 'Decide', detail: 'The Head of Risk decides whether the platform was at fault and any compensation, with Compliance.', checklist: { 'decision-recorded': 'Decision recorded with its reason', 'compensation-approved': 'Compensation approved or declined' } },
        respond: { title: 'Respond to the user', detail: 'Answer with the finding and the decision, in the user\'s language, reviewed by Compliance.', checklist: { 'reply-sent': 'Reply sent', 'language-matched': 'Reply in the user\'s language' } },
        close: { title: 'Close and learn', detail: 'Ask for feedback; file a PERP ticket if a product or platform cause was found.', checklist: { feedback: 'Feedback requested', 'root-cause-ticket': 'Root-cause ticket filed where needed' } },
      },
      questions: {},
    },
    'zh-CN': {
      title: 'VIP / 大户投诉处理',
      summary: '处理 VIP 或大户关于强平、成交或资金费用的投诉：15 分钟内确认，依据日志调查，会同风控与合规决定，以用户的语言答复。',
      sections: {
        who: { heading: 'VIP 认定', body: 'VIP 5 及以上账户，或近 30 天永续合约成交额超过 5000 万美元，或由客户经理标记的账户。不得谈论其他用户的仓位，不得披露公开参数以外的内部风控参数。', items: {} },
        'service-levels': { heading: '服务时效', body: '自投诉首条消息起计算。', items: { 'ack-15m': '15 分钟内确认', 'update-4h': '至少每 4 小时更新一次', 'decision-48h': '48 小时内给出书面决定' } },
      },
      steps: {
        acknowledge: { title: '确认收到投诉', detail: '创建 VIP 工单，并将工单号随确认消息发给用户。', checklist: { 'ticket-opened': '已创建 VIP 工单', 'vip-ack': '已发送确认' } },
        collect: { title: '收集事实', detail: '订单与仓位编号、时间戳（UTC）以及用户原话陈述。', checklist: { 'order-ids': '已收集订单与仓位编号', timestamps: '时间戳为 UTC', 'user-claim': '已逐字记录用户陈述' } },
        investigate: { title: '依据日志调查', detail: '回放该账户事件；对照当时的指数价格核查标记价格和强平过程。', checklist: { 'journal-replay': '已回放日志', 'mark-check': '已对照指数核查标记价格', 'finding-written': '调查结论已写入工单' } },
        decide: { title: '做出决定', detail: '由风控负责人会同合规决定平台是否有责及补偿方案。', checklist: { 'decision-recorded': '已记录决定及理由', 'compensation-approved': '补偿已批准或拒绝' } },
        respond: { title: '答复用户', detail: '以用户的语言答复调查结论与决定，经合规审核。', checklist: { 'reply-sent': '答复已发送', 'language-matched': '答复语言与用户一致' } },
        close: { title: '结案与改进', detail: '征求用户反馈；如发现产品或平台原因，在 PERP 中建立工单。', checklist: { feedback: '已征求反馈', 'root-cause-ticket': '必要时已建立根因工单' } },
      },
      questions: {},
    },
  },
};
