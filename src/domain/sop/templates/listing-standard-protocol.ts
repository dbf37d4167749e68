// Listing Standard Protocol: what must be true before a new perpetual contract goes live (index, mark price,
// funding, leverage tiers, risk limits, market-maker commitments, the announcement), each with its owner and lead time.
import type { SopTemplate } from '../template';
import { section, step } from './parts';

export const listingStandardProtocol: SopTemplate = {
  id: 'listing-standard-protocol',
  kind: 'procedure',
  ownerRole: 'ops-lead',
  reviewEveryDays: 90,
  labels: ['sop', 'listing', 'operations'],
  sections: [
    section('scope', 'text'),
    section('go-live', 'checklist', ['all-signed', 'quoting-window', 'monitoring']),
  ],
  steps: [
    step('index-sources', 'risk-operator', 'head-of-risk', ['rnd-oncall'], ['ops-lead'], 240, ['constituents', 'weights', 'outlier-rule']),
    step('mark-price', 'risk-operator', 'head-of-risk', ['rnd-oncall'], ['mm-lead'], 120, ['mark-method', 'band-checked']),
    step('funding', 'risk-operator', 'head-of-risk', ['product-owner'], ['cs-lead'], 60, ['interval', 'cap-floor', 'interest-rate']),
    step('leverage-tiers', 'head-of-risk', 'head-of-risk', ['risk-operator', 'compliance'], ['cs-lead'], 120, ['tiers', 'mmr', 'insurance-target']),
    step('risk-limits', 'risk-operator', 'head-of-risk', ['rnd-oncall'], ['mm-lead'], 60, ['price-bands', 'max-order', 'position-limits']),
    step('mm-commitments', 'mm-lead', 'product-owner', ['risk-operator'], ['ops-lead'], 480, ['depth-signed', 'spread-signed', 'api-tested']),
    step('announcement', 'ops-lead', 'product-owner', ['compliance', 'cs-lead'], ['pmo'], 120, ['announcement-en', 'announcement-zh', 'scheduled']),
    step('cs-ready', 'cs-lead', 'ops-lead', [], ['pmo'], 90, ['faq-updated', 'macros-updated']),
  ],
  text: {
    'en-US': {
      title: 'Listing Standard Protocol',
      summary: 'The standard path for listing a new perpetual contract: index sources, mark price, funding parameters, leverage tiers, risk limits, market-maker commitments and the announcement, each signed by its owner before go-live.',
      sections: {
        scope: { heading: 'Scope', body: 'Applies to every new USDT-margined or coin-margined perpetual contract. Lead times count back from the listing day T-0; the listing ticket in PERP carries one sign-off per step.', items: {} },
        'go-live': { heading: 'Go-live conditions', body: 'The contract opens only when all of these hold.', items: { 'all-signed': 'Every step signed in the listing ticket', 'quoting-window': 'Market makers quoting in the 30-minute pre-open window', monitoring: 'Price, depth and funding alerts active for the symbol' } },
      },
      steps: {
        'index-sources': { title: 'Approve index sources (T-10)', detail: 'At least three spot venues with reliable APIs; weights by volume, capped at 40% per venue.', checklist: { constituents: 'Index constituents approved', weights: 'Weights and caps set', 'outlier-rule': 'Outlier rule set (drop a venue beyond 3% of the median)' } },
        'mark-price': { title: 'Set the mark price method (T-8)', detail: 'Mark price = index + moving average of the basis; check it against historical data.', checklist: { 'mark-method': 'Mark price method configured', 'band-checked': 'Back-tested against 30 days of data' } },
        funding: { title: 'Set funding parameters (T-7)', detail: 'Funding every 8 hours; rate = premium index + clamp(interest − premium, ±0.05%), within the cap and floor.', checklist: { interval: 'Funding interval set', 'cap-floor': 'Funding cap and floor set', 'interest-rate': 'Interest rate component set' } },
        'leverage-tiers': { title: 'Approve leverage tiers (T-5)', detail: 'Maximum leverage by position size, with the maintenance margin rate of each tier and the insurance fund target.', checklist: { tiers: 'Leverage tiers approved', mmr: 'Maintenance margin rates loaded', 'insurance-target': 'Insurance fund target set' } },
        'risk-limits': { title: 'Load risk limits (T-5)', detail: 'Price bands, maximum order size and position limits loaded and verified on staging.', checklist: { 'price-bands': 'Price bands loaded', 'max-order': 'Maximum order size loaded', 'position-limits': 'Position limits loaded' } },
        'mm-commitments': { title: 'Sign market-maker commitments (T-5)', detail: 'Every onboarded market maker signs depth within ±1% / ±2% of mid and a maximum spread from the first second.', checklist: { 'depth-signed': 'Depth commitments signed', 'spread-signed': 'Maximum spread signed', 'api-tested': 'MM API integration tested on the symbol' } },
        announcement: { title: 'Schedule the announcement (T-3)', detail: 'Announcement with contract specifications in English and Chinese, reviewed by Compliance.', checklist: { 'announcement-en': 'English announcement approved', 'announcement-zh': 'Chinese announcement approved', scheduled: 'Publication scheduled' } },
        'cs-ready': { title: 'Prepare customer service (T-2)', detail: 'Update the FAQ and the CS macros with the contract\'s specifications.', checklist: { 'faq-updated': 'FAQ updated', 'macros-updated': 'CS macros updated' } },
      },
      questions: {},
    },
    'zh-CN': {
      title: '上币标准流程',
      summary: '新永续合约上线的标准流程：指数来源、标记价格、资金费率参数、杠杆档位、风险限额、做市商承诺与上线公告，上线前每一项都须由负责人签署。',
      sections: {
        scope: { heading: '适用范围', body: '适用于所有新的 U 本位或币本位永续合约。提前期从上线日 T-0 倒推；PERP 中的上币工单对每个步骤各有一项签署。', items: {} },
        'go-live': { heading: '上线条件', body: '以下条件全部满足后合约方可开放交易。', items: { 'all-signed': '上币工单中每个步骤均已签署', 'quoting-window': '开盘前 30 分钟做市商已报价', monitoring: '该合约的价格、深度与资金费率告警已启用' } },
      },
      steps: {
        'index-sources': { title: '审批指数来源（T-10）', detail: '至少三家接口可靠的现货交易所；按成交量加权，单一交易所权重不超过 40%。', checklist: { constituents: '指数成分已审批', weights: '权重及上限已设置', 'outlier-rule': '已设置异常值规则（偏离中位数 3% 以上剔除）' } },
        'mark-price': { title: '设定标记价格方法（T-8）', detail: '标记价格 = 指数价格 + 基差移动平均；用历史数据校验。', checklist: { 'mark-method': '标记价格方法已配置', 'band-checked': '已用 30 天数据回测' } },
        funding: { title: '设定资金费率参数（T-7）', detail: '每 8 小时结算一次；费率 = 溢价指数 + clamp(利率 − 溢价指数, ±0.05%)，并在上下限之内。', checklist: { interval: '结算间隔已设置', 'cap-floor': '资金费率上下限已设置', 'interest-rate': '利率部分已设置' } },
        'leverage-tiers': { title: '审批杠杆档位（T-5）', detail: '按持仓规模设定最高杠杆、各档维持保证金率以及保险基金目标。', checklist: { tiers: '杠杆档位已审批', mmr: '维持保证金率已加载', 'insurance-target': '保险基金目标已设置' } },
        'risk-limits': { title: '加载风险限额（T-5）', detail: '价格限制、单笔最大下单量与持仓限额已加载并在预发布环境验证。', checklist: { 'price-bands': '价格限制已加载', 'max-order': '单笔最大下单量已加载', 'position-limits': '持仓限额已加载' } },
        'mm-commitments': { title: '签署做市商承诺（T-5）', detail: '每家已接入的做市商签署中间价 ±1% / ±2% 的深度及最大价差，自开盘第一秒起生效。', checklist: { 'depth-signed': '深度承诺已签署', 'spread-signed': '最大价差已签署', 'api-tested': '做市 API 已在该合约上完成联调' } },
        announcement: { title: '排期上线公告（T-3）', detail: '中英文合约规格公告，经合规审核。', checklist: { 'announcement-en': '英文公告已批准', 'announcement-zh': '中文公告已批准', scheduled: '发布时间已排定' } },
        'cs-ready': { title: '客服准备（T-2）', detail: '按合约规格更新常见问题和客服快捷回复。', checklist: { 'faq-updated': '常见问题已更新', 'macros-updated': '客服快捷回复已更新' } },
      },
      questions: {},
    },
  },
};
