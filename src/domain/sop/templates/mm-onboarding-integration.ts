// Market-Maker Onboarding and Integration: from the signed agreement to a market maker quoting in production,
// through API keys, the integration test suite (after slippage protection is live) and depth commitments.
import type { SopTemplate } from '../template';
import { section, step } from './parts';

export const mmOnboardingIntegration: SopTemplate = {
  id: 'mm-onboarding-integration',
  kind: 'procedure',
  ownerRole: 'mm-lead',
  reviewEveryDays: 180,
  labels: ['sop', 'market-making', 'onboarding'],
  sections: [
    section('prerequisites', 'checklist', ['agreement', 'kyb', 'slippage-live']),
    section('exit', 'text'),
  ],
  steps: [
    step('kickoff', 'mm-lead', 'product-owner', ['compliance'], ['pmo'], 60, ['contacts', 'symbols']),
    step('credentials', 'sre-oncall', 'mm-lead', ['compliance'], ['mm-lead'], 60, ['api-keys', 'ip-allowlist', 'rate-tier']),
    step('connectivity', 'rnd-oncall', 'mm-lead', ['sre-oncall'], [], 240, ['fix-session', 'rest-ws', 'cancel-on-disconnect']),
    step('integration-tests', 'rnd-oncall', 'mm-lead', ['risk-operator'], ['pmo'], 960, ['order-types', 'batch-orders', 'slippage-protection', 'failover']),
    step('depth-commitments', 'mm-lead', 'product-owner', ['risk-operator'], ['ops-lead'], 120, ['depth', 'spread', 'uptime']),
    step('go-live', 'mm-lead', 'product-owner', ['risk-operator'], ['cs-lead', 'pmo'], 60, ['production-keys', 'first-quotes', 'monitoring']),
  ],
  text: {
    'en-US': {
      title: 'Market-Maker Onboarding and Integration',
      summary: 'Bring a market maker from the signed agreement to quoting in production: credentials, connectivity, the integration test suite, signed depth commitments and a monitored go-live.',
      sections: {
        prerequisites: { heading: 'Before you start', body: 'Do not issue production credentials until all of these hold.', items: { agreement: 'Market-making agreement signed', kyb: 'KYB completed by Compliance', 'slippage-live': 'Risk slippage protection live on the test environment (the integration tests depend on it)' } },
        exit: { heading: 'Done when', body: 'The market maker quotes every committed symbol within its spread and depth for a full day in production, and the integration test report is attached to the MM ticket in PERP.', items: {} },
      },
      steps: {
        kickoff: { title: 'Kick off', detail: 'Agree contacts, escalation paths and the symbols to be quoted.', checklist: { contacts: 'Contacts and escalation agreed', symbols: 'Symbols agreed' } },
        credentials: { title: 'Issue test credentials', detail: 'Issue API keys on the test environment with the IP allowlist and the MM rate-limit tier.', checklist: { 'api-keys': 'Test API keys issued', 'ip-allowlist': 'IP allowlist set', 'rate-tier': 'MM rate-limit tier assigned' } },
        connectivity: { title: 'Establish connectivity', detail: 'FIX 4.4 session, REST and WebSocket streams, cancel-on-disconnect verified.', checklist: { 'fix-session': 'FIX session established', 'rest-ws': 'REST and WebSocket streams verified', 'cancel-on-disconnect': 'Cancel-on-disconnect verified' } },
        'integration-tests': { title: 'Run the integration test suite', detail: 'Run the MM integration suite end to end; every case must pass before the release.', checklist: { 'order-types': 'All order types pass', 'batch-orders': 'Batch place and cancel pass', 'slippage-protection': 'Slippage protection rejections handled', failover: 'Matcher failover handled without stale quotes' } },
        'depth-commitments': { title: 'Sign depth commitments', detail: 'Depth within ±1% and ±2% of mid, maximum spread and uptime per symbol.', checklist: { depth: 'Depth per symbol signed', spread: 'Maximum spread signed', uptime: 'Uptime commitment signed' } },
        'go-live': { title: 'Go live', detail: 'Issue production keys, watch the first quotes and switch on MM monitoring.', checklist: { 'production-keys': 'Production keys issued', 'first-quotes': 'First quotes within commitments', monitoring: 'MM monitoring on' } },
      },
      questions: {},
    },
    'zh-CN': {
      title: '做市商接入与联调',
      summary: '使做市商从签约走到生产环境报价：凭证、连接、联调测试、签署深度承诺以及受监控的上线。',
      sections: {
        prerequisites: { heading: '开始之前', body: '以下条件全部满足前不得发放生产凭证。', items: { agreement: '做市协议已签署', kyb: '合规已完成 KYB', 'slippage-live': '风控滑点保护已在测试环境上线（联调测试依赖该功能）' } },
        exit: { heading: '完成标准', body: '做市商在生产环境中连续一整天按约定价差和深度为所有承诺合约报价，且联调测试报告已附在 PERP 的做市工单中。', items: {} },
      },
      steps: {
        kickoff: { title: '启动会', detail: '确定联系人、升级路径和报价合约。', checklist: { contacts: '联系人与升级路径已确定', symbols: '报价合约已确定' } },
        credentials: { title: '发放测试凭证', detail: '在测试环境发放 API 密钥，设置 IP 白名单和做市限频等级。', checklist: { 'api-keys': '测试 API 密钥已发放', 'ip-allowlist': 'IP 白名单已设置', 'rate-tier': '已分配做市限频等级' } },
        connectivity: { title: '建立连接', detail: '验证 FIX 4.4 会话、REST 与 WebSocket 行情流以及断线撤单。', checklist: { 'fix-session': 'FIX 会话已建立', 'rest-ws': 'REST 与 WebSocket 已验证', 'cancel-on-disconnect': '断线撤单已验证' } },
        'integration-tests': { title: '执行联调测试', detail: '完整执行做市联调测试套件；发布前所有用例必须通过。', checklist: { 'order-types': '所有订单类型通过', 'batch-orders': '批量下单与撤单通过', 'slippage-protection': '滑点保护拒单处理正确', failover: '撮合切换时无过期报价' } },
        'depth-commitments': { title: '签署深度承诺', detail: '逐合约签署中间价 ±1% 与 ±2% 的深度、最大价差与在线率。', checklist: { depth: '各合约深度已签署', spread: '最大价差已签署', uptime: '在线率承诺已签署' } },
        'go-live': { title: '正式上线', detail: '发放生产密钥，观察首批报价并开启做市监控。', checklist: { 'production-keys': '生产密钥已发放', 'first-quotes': '首批报价符合承诺', monitoring: '做市监控已开启' } },
      },
      questions: {},
    },
  },
};
