// Circuit-Breaker Drill: halt a symbol on a simulated price shock, keep the book intact, resume through a call
// auction; run within 14 days before any release of the trading core.
import type { SopTemplate } from '../template';
import { section, step } from './parts';

export const circuitBreakerDrill: SopTemplate = {
  id: 'circuit-breaker-drill',
  kind: 'drill',
  ownerRole: 'head-of-risk',
  reviewEveryDays: 90,
  drillEveryDays: 14,
  labels: ['sop', 'drill', 'risk', 'circuit-breaker'],
  sections: [
    section('trigger', 'text'),
    section('pass-criteria', 'checklist', ['halt-1s', 'no-match', 'banner-3m', 'auction-band']),
  ],
  steps: [
    step('announce', 'incident-commander', 'head-of-risk', ['pmo'], ['cs-lead', 'mm-lead'], 5, ['war-room', 'timer']),
    step('halt', 'risk-operator', 'head-of-risk', ['rnd-oncall'], ['incident-commander'], 2, ['halt-command', 'reject-code']),
    step('verify-book', 'rnd-oncall', 'incident-commander', ['risk-operator'], ['sre-oncall'], 10, ['orders-kept', 'journal-position']),
    step('banner', 'cs-lead', 'incident-commander', [], ['ops-lead'], 3, ['banner-en', 'banner-zh']),
    step('resume', 'risk-operator', 'head-of-risk', ['mm-lead', 'rnd-oncall'], ['cs-lead'], 10, ['call-auction', 'first-trade-band']),
    step('record', 'incident-commander', 'pmo', ['head-of-risk'], ['product-owner'], 15, ['timings', 'follow-ups']),
  ],
  text: {
    'en-US': {
      title: 'Circuit-Breaker Drill',
      summary: 'Rehearse a symbol halt on a price shock: new orders rejected within 1 s, the book preserved, users told within 3 minutes, trading resumed through a call auction inside the price band.',
      sections: {
        trigger: { heading: 'Trigger', body: 'A symbol\'s last price moves more than 10% from its 1-minute reference, or the mark price diverges from the index price by more than 3%. In the drill the shock is simulated on the staging symbol BTCUSDT-PERP-DRILL.', items: {} },
        'pass-criteria': {
          heading: 'Pass criteria', body: 'The drill passes only when every criterion holds; otherwise record the step that failed.',
          items: { 'halt-1s': 'Halt effective within 1 second of the command', 'no-match': 'No order matched during the halt', 'banner-3m': 'Status banner live in both languages within 3 minutes', 'auction-band': 'First trade after resumption inside the price band' },
        },
      },
      steps: {
        announce: { title: 'Announce the drill and start the timer', detail: 'Post "DRILL – circuit breaker" in #perp-war-room with the symbol and the expected end time.', checklist: { 'war-room': 'Announcement posted in #perp-war-room', timer: 'Drill timer started' } },
        halt: { title: 'Halt the symbol', detail: 'Run HALT BTCUSDT-PERP-DRILL in the admin console; new orders must be rejected with code 30014.', checklist: { 'halt-command': 'Halt command acknowledged', 'reject-code': 'Test order rejected with 30014 within 1 s' } },
        'verify-book': { title: 'Verify the order book and journal', detail: 'Confirm resting orders are preserved, nothing matched during the halt, and note the journal position.', checklist: { 'orders-kept': 'Resting order count unchanged', 'journal-position': 'Journal position recorded' } },
        banner: { title: 'Post the status banner', detail: 'Publish the prepared halt banner and the CS macro reply in English and Chinese.', checklist: { 'banner-en': 'English banner live', 'banner-zh': 'Chinese banner live' } },
        resume: { title: 'Resume through a call auction', detail: 'Open a 5-minute call auction, let market makers re-quote, then resume continuous trading.', checklist: { 'call-auction': 'Call auction ran 5 minutes', 'first-trade-band': 'First trade inside the price band' } },
        record: { title: 'Record the result', detail: 'Record timings and deviations; file a PERP ticket for every deviation.', checklist: { timings: 'Timings recorded for every step', 'follow-ups': 'Follow-up tickets filed' } },
      },
      questions: {},
    },
    'zh-CN': {
      title: '熔断演练',
      summary: '演练价格异动时的合约暂停交易：1 秒内拒绝新订单、订单簿完整保留、3 分钟内通知用户、经集合竞价在价格限制范围内恢复交易。',
      sections: {
        trigger: { heading: '触发条件', body: '合约最新价相对 1 分钟参考价波动超过 10%，或标记价格偏离指数价格超过 3%。演练中在预发布合约 BTCUSDT-PERP-DRILL 上模拟价格冲击。', items: {} },
        'pass-criteria': {
          heading: '通过标准', body: '所有标准均满足才算通过；否则记录失败的步骤。',
          items: { 'halt-1s': '下达命令后 1 秒内暂停生效', 'no-match': '暂停期间无任何订单撮合', 'banner-3m': '3 分钟内中英文状态公告上线', 'auction-band': '恢复后首笔成交价在价格限制范围内' },
        },
      },
      steps: {
        announce: { title: '宣布演练并开始计时', detail: '在 #perp-war-room 发布“演练 – 熔断”，注明合约和预计结束时间。', checklist: { 'war-room': '已在 #perp-war-room 发布通知', timer: '演练计时已开始' } },
        halt: { title: '暂停合约交易', detail: '在管理后台执行 HALT BTCUSDT-PERP-DRILL；新订单须以错误码 30014 被拒绝。', checklist: { 'halt-command': '暂停命令已确认', 'reject-code': '测试订单 1 秒内以 30014 被拒绝' } },
        'verify-book': { title: '核对订单簿与日志', detail: '确认挂单完整保留、暂停期间无撮合，并记录日志位置。', checklist: { 'orders-kept': '挂单数量不变', 'journal-position': '已记录日志位置' } },
        banner: { title: '发布状态公告', detail: '发布预置的暂停公告及中英文客服快捷回复。', checklist: { 'banner-en': '英文公告已上线', 'banner-zh': '中文公告已上线' } },
        resume: { title: '经集合竞价恢复交易', detail: '开启 5 分钟集合竞价，待做市商重新报价后恢复连续交易。', checklist: { 'call-auction': '集合竞价持续 5 分钟', 'first-trade-band': '首笔成交在价格限制范围内' } },
        record: { title: '记录演练结果', detail: '记录各步骤用时和偏差；每项偏差都在 PERP 中建立工单。', checklist: { timings: '已记录每个步骤的用时', 'follow-ups': '已建立跟进工单' } },
      },
      questions: {},
    },
  },
};
