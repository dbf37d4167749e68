// Customer-Service Launch Knowledge Base: what every CS agent must know on launch day of Perp Futures V2, and
// the assessment that proves it (the gate wants 100% of the CS roster passed).
import type { SopTemplate } from '../template';
import { section, step } from './parts';

export const csLaunchKnowledgeBase: SopTemplate = {
  id: 'cs-launch-knowledge-base',
  kind: 'knowledge-base',
  ownerRole: 'cs-lead',
  reviewEveryDays: 30,
  labels: ['sop', 'cs-kb', 'faq', 'assessment'],
  sections: [
    section('perpetuals', 'text'),
    section('funding', 'text'),
    section('liquidation', 'text'),
    section('adl', 'text'),
    section('escalate', 'checklist', ['suspected-fault', 'vip', 'legal', 'security']),
  ],
  steps: [
    step('read', 'cs-agent', 'cs-lead', [], ['ops-lead'], 45, ['read-all']),
    step('assessment', 'cs-agent', 'cs-lead', [], ['pmo'], 15, ['passed']),
  ],
  assessment: {
    passPercent: 80,
    attemptsAllowed: 3,
    questions: [
      { id: 'expiry', options: ['never', 'quarterly', 'weekly'], correct: ['never'] },
      { id: 'funding-interval', options: ['1h', '8h', '24h'], correct: ['8h'] },
      { id: 'funding-direction', options: ['longs-pay', 'shorts-pay', 'exchange-pays'], correct: ['longs-pay'] },
      { id: 'liquidation-price', options: ['last', 'mark', 'index'], correct: ['mark'] },
      { id: 'adl', options: ['insurance-short', 'user-request', 'daily'], correct: ['insurance-short'] },
      { id: 'escalate', options: ['vip-liquidation', 'password-reset', 'fee-schedule', 'security-report'], correct: ['vip-liquidation', 'security-report'] },
    ],
  },
  text: {
    'en-US': {
      title: 'Customer-Service Launch Knowledge Base',
      summary: 'What every customer-service agent must know on launch day of Perp Futures V2, with the assessment every agent passes before the release.',
      sections: {
        perpetuals: { heading: 'What is a perpetual contract?', body: 'A futures contract with no expiry. Its price stays close to the index price because longs and shorts pay each other funding every 8 hours.', items: {} },
        funding: { heading: 'How is funding calculated?', body: 'Funding rate = premium index + clamp(interest rate − premium index, −0.05%, +0.05%). A positive rate means longs pay shorts; a negative one, shorts pay longs. The exchange does not keep funding.', items: {} },
        liquidation: { heading: 'Why was my position liquidated?', body: 'When the margin ratio reaches 100% on the mark price (not the last traded price), the liquidation engine takes over the position. Leftover margin goes to the insurance fund.', items: {} },
        adl: { heading: 'What is auto-deleveraging (ADL)?', body: 'When the insurance fund cannot cover a bankrupt position, the most profitable and most leveraged opposing positions are reduced by rank.', items: {} },
        escalate: { heading: 'Escalate at once', body: 'Hand these to the CS shift lead instead of answering.', items: { 'suspected-fault': 'A suspected pricing or matching fault', vip: 'Any complaint from a VIP or whale account', legal: 'A legal or regulatory threat', security: 'A security report or a suspected account takeover' } },
      },
      steps: {
        read: { title: 'Read the knowledge base', detail: 'Read every section and confirm you have read and understood it.', checklist: { 'read-all': 'All sections read' } },
        assessment: { title: 'Pass the assessment', detail: 'Answer the questions; 80% is needed to pass, with 3 attempts.', checklist: { passed: 'Assessment passed' } },
      },
      questions: {
        expiry: { prompt: 'When does a perpetual contract expire?', options: { never: 'It never expires', quarterly: 'At the end of each quarter', weekly: 'Every Friday' } },
        'funding-interval': { prompt: 'How often is funding exchanged?', options: { '1h': 'Every hour', '8h': 'Every 8 hours', '24h': 'Once a day' } },
        'funding-direction': { prompt: 'The funding rate is positive. Who pays?', options: { 'longs-pay': 'Longs pay shorts', 'shorts-pay': 'Shorts pay longs', 'exchange-pays': 'The exchange pays both' } },
        'liquidation-price': { prompt: 'Which price triggers liquidation?', options: { last: 'The last traded price', mark: 'The mark price', index: 'The index price' } },
        adl: { prompt: 'When does auto-deleveraging happen?', options: { 'insurance-short': 'When the insurance fund cannot cover a bankrupt position', 'user-request': 'When a user asks to reduce leverage', daily: 'Every day at 00:00 UTC' } },
        escalate: { prompt: 'Which of these do you escalate to the shift lead? (choose all that apply)', options: { 'vip-liquidation': 'A VIP disputes a liquidation', 'password-reset': 'A user asks how to reset a password', 'fee-schedule': 'A user asks for the fee schedule', 'security-report': 'A user reports a suspected account takeover' } },
      },
    },
    'zh-CN': {
      title: '客服上线知识库',
      summary: '永续合约 V2 上线当天每位客服必须掌握的知识，以及发布前每位客服都须通过的考核。',
      sections: {
        perpetuals: { heading: '什么是永续合约？', body: '永续合约没有到期日。多空双方每 8 小时互相支付资金费用，使合约价格锚定指数价格。', items: {} },
        funding: { heading: '资金费率如何计算？', body: '资金费率 = 溢价指数 + clamp(利率 − 溢价指数, −0.05%, +0.05%)。费率为正时多头支付空头；为负时空头支付多头。交易所不收取资金费用。', items: {} },
        liquidation: { heading: '为什么我的仓位被强平？', body: '当按标记价格（而非最新成交价）计算的保证金率达到 100% 时，强平引擎接管仓位。剩余保证金进入保险基金。', items: {} },
        adl: { heading: '什么是自动减仓（ADL）？', body: '当保险基金不足以覆盖穿仓仓位时，系统按排名对盈利最多、杠杆最高的对手方仓位进行减仓。', items: {} },
        escalate: { heading: '须立即升级的情形', body: '以下情况交由客服值班主管处理，不要自行答复。', items: { 'suspected-fault': '疑似定价或撮合故障', vip: 'VIP 或大户的任何投诉', legal: '法律或监管方面的威胁', security: '安全报告或疑似账户被盗' } },
      },
      steps: {
        read: { title: '阅读知识库', detail: '阅读全部章节并确认已阅读并理解。', checklist: { 'read-all': '已阅读全部章节' } },
        assessment: { title: '通过考核', detail: '回答问题；正确率达到 80% 即为通过，共 3 次机会。', checklist: { passed: '考核已通过' } },
      },
      questions: {
        expiry: { prompt: '永续合约何时到期？', options: { never: '永不到期', quarterly: '每个季度末', weekly: '每周五' } },
        'funding-interval': { prompt: '资金费用多久交换一次？', options: { '1h': '每小时', '8h': '每 8 小时', '24h': '每天一次' } },
        'funding-direction': { prompt: '资金费率为正时，谁支付？', options: { 'longs-pay': '多头支付空头', 'shorts-pay': '空头支付多头', 'exchange-pays': '交易所向双方支付' } },
        'liquidation-price': { prompt: '哪个价格触发强平？', options: { last: '最新成交价', mark: '标记价格', index: '指数价格' } },
        adl: { prompt: '何时会发生自动减仓？', options: { 'insurance-short': '保险基金不足以覆盖穿仓仓位时', 'user-request': '用户要求降低杠杆时', daily: '每天 UTC 00:00' } },
        escalate: { prompt: '以下哪些情况须升级给值班主管？（多选）', options: { 'vip-liquidation': 'VIP 对强平提出异议', 'password-reset': '用户询问如何重置密码', 'fee-schedule': '用户索取费率表', 'security-report': '用户报告疑似账户被盗' } },
      },
    },
  },
};
