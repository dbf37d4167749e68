// Storage-format (XHTML) bodies of the PERPOPS pages and templates: realistic SOP, runbook, FAQ and
// post-mortem content in English, some in Simplified Chinese. Text only; confluence-space.ts places it.

const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  `<table><tbody><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

const info = (text: string): string =>
  `<ac:structured-macro ac:name="info" ac:schema-version="1"><ac:rich-text-body><p>${text}</p></ac:rich-text-body></ac:structured-macro>`;

export const HOME_BODY = `<h1>PERP Operations</h1>
<p>Operating space for the Perpetual Futures business: SOPs, runbooks, drill reports and post-mortems.</p>
${info('Every SOP has an owner and is reviewed at least every 90 days. Drills are logged with the Launch Control runbook macro.')}
<ac:structured-macro ac:name="children" ac:schema-version="2" />`;

export const ARCHITECTURE_BODY = `<h1>Perp Futures V2 architecture</h1>
<p>V2 replaces the V1 matching and risk stack with a sequenced, replayable core.</p>
<h2>Components</h2>
${table(['Component', 'Owner', 'Notes'], [
  ['Order gateway', 'R&amp;D', 'Pre-trade margin and price-band checks, slippage protection'],
  ['Sequencer + matcher', 'R&amp;D', 'Deterministic journal, hot standby, replay'],
  ['Mark price / funding', 'Risk', 'Index of 5 venues, 8 h funding'],
  ['Liquidation + insurance fund', 'Risk', 'Incremental liquidation, ADL'],
  ['MM gateway', 'Market making', 'FIX 4.4, batch orders, cancel-on-disconnect'],
])}
<h2>Launch plan</h2><p>Grayscale rollout 1% -&gt; 10% -&gt; 50% -&gt; 100%, then release v2.0.0 on 2027-01-29.</p>`;

export const SOP_LIBRARY_BODY = `<h1>SOP library</h1>
<p>Standard operating procedures for the perpetual futures desk. Each SOP lists its owner, review date and the drill that exercises it.</p>
${table(['SOP', 'Owner function', 'Drill'], [
  ['Circuit breaker drill runbook', 'Risk', 'Quarterly and before every major release'],
  ['Emergency order cancellation SOP', 'Risk / R&amp;D', 'Quarterly'],
  ['New symbol listing SOP', 'Operations', 'Per listing'],
  ['CS knowledge base: perpetual futures FAQ', 'Customer service', 'Assessment per release'],
])}`;

export const CIRCUIT_BREAKER_BODY = `<h1>Circuit breaker drill runbook</h1>
${info('Owner: Head of Risk. Exercise within 14 days before any release of the trading core.')}
<h2>Trigger</h2>
<p>A symbol's last price moves more than 10% from its 1-minute reference, or the mark price diverges from the index by more than 3%.</p>
<h2>Roles</h2>
${table(['Role', 'Who', 'Responsibility'], [
  ['Incident commander', 'PMO on duty', 'Runs the drill, keeps the timeline'],
  ['Risk operator', 'Risk on duty', 'Halts and resumes the symbol'],
  ['R&amp;D on-call', 'Matching engine on-call', 'Confirms book state and journal position'],
  ['CS lead', 'CS shift lead', 'Posts the banner and macro replies'],
])}
<h2>Steps</h2>
<ol>
<li>Announce the drill in #perp-war-room and start the timer.</li>
<li>Risk operator halts the symbol in the admin console (<code>HALT BTCUSDT-PERP</code>). Expected: new orders rejected with code 30014 within 1 s.</li>
<li>R&amp;D confirms open orders are preserved and the journal position is recorded.</li>
<li>CS posts the status banner (EN/ZH) within 3 minutes.</li>
<li>Resume with a 5-minute call auction; verify the first trade price is within the price band.</li>
<li>Record timings and deviations in the drill log; file follow-up tickets in PERP.</li>
</ol>
<h2>Pass criteria</h2>
<ul><li>Halt effective within 1 s</li><li>Banner within 3 min</li><li>No orders matched during the halt</li></ul>
<p>中文说明：熔断演练须在每次核心交易系统发布前 14 天内完成，并记录演练结果。</p>`;

export const EMERGENCY_CANCEL_BODY = `<h1>Emergency order cancellation SOP</h1>
${info('Owner: Risk with R&amp;D. Use when a pricing fault, a runaway client or a matching defect puts users at risk.')}
<h2>Decision</h2>
<p>Head of Risk or the incident commander decides; record the reason and the scope (symbol, account, all).</p>
<h2>Steps</h2>
<ol>
<li>Freeze new order entry for the scope (admin console, <code>FREEZE</code>).</li>
<li>Run cancel-all for the scope; confirm the count of cancelled orders against the order store.</li>
<li>Check that positions and margin are unchanged except for released order margin.</li>
<li>Notify market makers through the MM channel; expect re-quoting within 60 s after unfreeze.</li>
<li>CS sends the prepared notice (EN/ZH); log the incident.</li>
</ol>
<p>紧急撤单：由风控负责人或事件指挥官决定，撤单后须核对订单数量与保证金释放情况。</p>`;

export const LISTING_SOP_BODY = `<h1>New symbol listing SOP</h1>
<h2>Checklist</h2>
${table(['Step', 'Owner', 'Lead time'], [
  ['Index constituents and weights approved', 'Risk', 'T-10'],
  ['Leverage tiers, MMR, price bands, funding caps loaded', 'Risk', 'T-5'],
  ['MM depth commitments signed', 'Market making', 'T-5'],
  ['Announcement (EN/ZH) scheduled', 'Operations', 'T-3'],
  ['CS macros and FAQ updated', 'Customer service', 'T-2'],
  ['Pre-open quoting window', 'Market making', 'T-0'],
])}
<p>Listing goes live only when every row is signed in the listing ticket.</p>`;

export const CS_FAQ_BODY = `<h1>CS knowledge base: perpetual futures FAQ</h1>
<h2>What is a perpetual contract?</h2>
<p>A futures contract with no expiry. Its price is kept close to the index price by funding payments between longs and shorts every 8 hours.</p>
<h2>How is funding calculated?</h2>
<p>Funding rate = premium index + clamp(interest rate - premium index, -0.05%, +0.05%). Positive rate: longs pay shorts.</p>
<h2>Why was my position liquidated?</h2>
<p>When the margin ratio reaches 100% on the <strong>mark price</strong> (not the last traded price), the liquidation engine takes over the position.</p>
<h2>常见问题（中文）</h2>
<h3>什么是永续合约？</h3><p>永续合约没有到期日，通过每 8 小时一次的资金费率使合约价格锚定指数价格。</p>
<h3>为什么我的仓位被强平？</h3><p>当按标记价格计算的保证金率达到 100% 时，系统将接管仓位进行强制平仓。</p>
<h3>什么是自动减仓（ADL）？</h3><p>当保险基金不足以覆盖穿仓损失时，系统按排名对盈利方仓位进行自动减仓。</p>`;

export const FUNDING_RUNBOOK_BODY = `<h1>Funding settlement failure runbook</h1>
<ol><li>Check the settlement job status and the position snapshot timestamp.</li>
<li>If the snapshot is incomplete, do not settle; re-run from the journal position of the snapshot second.</li>
<li>Reconcile funding ledger totals: sum of payments must be zero per symbol.</li>
<li>Notify CS with the delay notice template.</li></ol>`;

export const ADL_RUNBOOK_BODY = `<h1>Insurance fund depletion and ADL runbook</h1>
<p>When the insurance fund for a symbol falls below 20% of its target, Risk tops it up from the treasury allocation. Below 5%, ADL is enabled for the symbol.</p>
<ol><li>Confirm the fund balance and the bankrupt positions queue.</li><li>Publish the ADL notice.</li><li>Review ADL executions in the post-incident report.</li></ol>`;

export const FAILOVER_RUNBOOK_BODY = `<h1>Matcher failover and journal replay runbook</h1>
<ol><li>Confirm the primary matcher is down (health check red for 3 consecutive probes).</li>
<li>Promote the hot standby; verify its journal position equals the sequencer's last acknowledged position.</li>
<li>Resume order entry; compare the depth snapshot with the last published incremental sequence.</li></ol>`;

export const POSTMORTEM_FUNDING_BODY = `<h1>Post-mortem: 2026-09-18 funding settlement delay</h1>
${table(['Field', 'Value'], [['Severity', 'SEV-2'], ['Duration', '14 min'], ['Impact', 'Funding settled 14 minutes late on ETHUSDT; no user funds affected']])}
<h2>Timeline</h2><ul><li>08:00:00 settlement job starts</li><li>08:00:40 snapshot incomplete, job waits</li><li>08:14:05 manual re-run from journal</li></ul>
<h2>Root cause</h2><p>Position snapshot double-counted positions opened in the snapshot second; a guard stopped the job.</p>
<h2>Actions</h2>
${table(['Action', 'Owner', 'Due', 'Status'], [
  ['Fix snapshot boundary handling', 'R&amp;D', '2026-10-02', 'Done'],
  ['Alert on settlement delay &gt; 2 min', 'SRE', '2026-10-09', 'Done'],
  ['Update CS delay notice', 'CS', '2026-10-09', 'Open'],
])}`;

export const POSTMORTEM_MARK_BODY = `<h1>Post-mortem: 2026-10-27 mark price divergence on SOLUSDT</h1>
<p>复盘：SOLUSDT 标记价格与指数价格偏离 1.8%，持续 6 分钟。</p>
<h2>Root cause</h2><p>Two of five index venues served stale quotes; outlier rejection kept them because they agreed with each other.</p>
<h2>Actions</h2>
${table(['Action', 'Owner', 'Due', 'Status'], [
  ['Staleness check per venue (max age 3 s)', 'Risk', '2026-11-20', 'Done'],
  ['Index fallback with fewer than 3 healthy venues', 'R&amp;D', '2026-12-04', 'In progress'],
])}`;

export const DRILL_REPORT_BODY = `<h1>Drill report: circuit breaker 2026-10-14</h1>
${table(['Check', 'Target', 'Result'], [['Halt effective', '&lt; 1 s', '0.4 s'], ['Banner posted', '&lt; 3 min', '4 min 10 s (missed)'], ['Resume auction', '5 min', '5 min']])}
<p>Follow-up: pre-approved banner text in both languages (done).</p>`;

export const COMMS_PLAN_ZH_BODY = `<h1>永续合约 V2 上线沟通计划</h1>
<p>上线日期：2027-01-29（以 Go/No-Go 会议结论为准）。</p>
${table(['时间', '渠道', '负责人'], [['T-7', '公告（中英文）', '运营'], ['T-1', '做市商通知', '做市'], ['T-0', '客服话术更新', '客服']])}`;

export const RUNBOOK_TEMPLATE_BODY = `<h1>Runbook: <at:var at:name="Title" /></h1>
${info('Owner: <at:var at:name="Owner" />. Review every 90 days.')}
<h2>Trigger</h2><p><at:var at:name="Trigger" /></p>
<h2>Roles</h2>${table(['Role', 'Who', 'Responsibility'], [['Incident commander', '', ''], ['Operator', '', '']])}
<h2>Steps</h2><ol><li></li></ol>
<h2>Pass criteria</h2><ul><li></li></ul>`;

export const DRILL_TEMPLATE_BODY = `<h1>Drill: <at:var at:name="Title" /></h1>
<h2>Scenario</h2><p></p>
<h2>Participants</h2><ul><li></li></ul>
${table(['Check', 'Target', 'Result'], [['', '', '']])}
<h2>Follow-ups</h2><ul><li></li></ul>`;

export const POSTMORTEM_TEMPLATE_BODY = `<h1>Post-mortem: <at:var at:name="Title" /></h1>
${table(['Field', 'Value'], [['Severity', ''], ['Duration', ''], ['Impact', '']])}
<h2>Timeline</h2><ul><li></li></ul>
<h2>Root cause</h2><p></p>
<h2>Actions</h2>${table(['Action', 'Owner', 'Due', 'Status'], [['', '', '', '']])}`;
