// Post-Mortem: a blameless incident review with summary, impact, timeline, root cause by five whys, and action
// items each with an owner and a due date (the post-mortem actions macro tracks them as Jira issues).
import type { SopTemplate } from '../template';
import { section, step } from './parts';

export const postMortem: SopTemplate = {
  id: 'post-mortem',
  kind: 'post-mortem',
  ownerRole: 'incident-commander',
  reviewEveryDays: 365,
  labels: ['post-mortem'],
  sections: [
    section('summary', 'text'),
    section('impact', 'checklist', ['users', 'duration', 'funds', 'volume']),
    section('timeline', 'timeline', ['detected', 'declared', 'mitigated', 'resolved']),
    section('root-cause', 'five-whys', ['why-1', 'why-2', 'why-3', 'why-4', 'why-5']),
    section('actions', 'action-items', ['prevent', 'detect', 'mitigate']),
    section('lessons', 'text'),
  ],
  steps: [
    step('draft', 'incident-commander', 'pmo', ['rnd-oncall', 'risk-operator'], [], 120, ['timeline-done', 'impact-done']),
    step('five-whys', 'rnd-oncall', 'incident-commander', ['sre-oncall', 'risk-operator'], ['pmo'], 60, ['root-cause-agreed']),
    step('review', 'pmo', 'product-owner', ['head-of-risk', 'cs-lead'], ['compliance'], 60, ['review-held', 'actions-owned']),
    step('publish', 'incident-commander', 'pmo', [], ['product-owner', 'cs-lead', 'ops-lead'], 15, ['published', 'jira-created']),
  ],
  text: {
    'en-US': {
      title: 'Post-Mortem',
      summary: 'A blameless review of an incident on the perpetual futures platform: what happened, who was affected, why it happened (five whys), and what we change, each action with an owner and a due date.',
      sections: {
        summary: { heading: 'Summary', body: 'Two or three sentences: what failed, for how long, and how it was resolved.', items: {} },
        impact: { heading: 'Impact', body: 'Facts, with numbers.', items: { users: 'Users and accounts affected', duration: 'Duration from first impact to resolution', funds: 'User funds affected (and compensation paid)', volume: 'Volume and fee revenue lost' } },
        timeline: { heading: 'Timeline (UTC)', body: 'Every entry with its time, source and who acted.', items: { detected: 'First detected (by an alert or a user?)', declared: 'Incident declared', mitigated: 'Impact mitigated', resolved: 'Fully resolved' } },
        'root-cause': { heading: 'Root cause: five whys', body: 'Ask why until you reach a cause you can change; blame systems, not people.', items: { 'why-1': 'Why did users see the impact?', 'why-2': 'Why did that happen?', 'why-3': 'Why was that possible?', 'why-4': 'Why did we not catch it earlier?', 'why-5': 'Why did our process allow it?' } },
        actions: { heading: 'Action items', body: 'Each action has one owner, a due date and a Jira issue; overdue actions are flagged.', items: { prevent: 'Prevent: stop this cause from recurring', detect: 'Detect: alert sooner next time', mitigate: 'Mitigate: reduce the impact next time' } },
        lessons: { heading: 'Lessons learned', body: 'What went well, what went badly, where we were lucky.', items: {} },
      },
      steps: {
        draft: { title: 'Draft within 48 hours', detail: 'The incident commander drafts the summary, impact and timeline from the incident channel and the alerts.', checklist: { 'timeline-done': 'Timeline complete', 'impact-done': 'Impact quantified' } },
        'five-whys': { title: 'Find the root cause', detail: 'Work through the five whys with the engineers who were on call.', checklist: { 'root-cause-agreed': 'Root cause agreed' } },
        review: { title: 'Hold the review', detail: 'Review with every function affected; every action gets an owner and a due date.', checklist: { 'review-held': 'Review held', 'actions-owned': 'Every action has an owner and a due date' } },
        publish: { title: 'Publish', detail: 'Publish the page and create the action items as Jira issues.', checklist: { published: 'Page published', 'jira-created': 'Action items created in Jira' } },
      },
      questions: {},
    },
    'zh-CN': {
      title: '事件复盘',
      summary: '对永续合约平台事件的无责复盘：发生了什么、影响了谁、为什么发生（五问法）以及我们要改变什么，每项行动都有负责人和截止日期。',
      sections: {
        summary: { heading: '概要', body: '用两三句话说明什么出了故障、持续多久、如何解决。', items: {} },
        impact: { heading: '影响', body: '用数字陈述事实。', items: { users: '受影响的用户和账户', duration: '从首次影响到解决的时长', funds: '受影响的用户资金（及已支付的补偿）', volume: '损失的成交额与手续费收入' } },
        timeline: { heading: '时间线（UTC）', body: '每条记录注明时间、来源和执行人。', items: { detected: '首次发现（告警还是用户反馈？）', declared: '宣布事件', mitigated: '影响已缓解', resolved: '完全解决' } },
        'root-cause': { heading: '根因：五问法', body: '不断追问为什么，直到找到可以改变的原因；归因于系统而非个人。', items: { 'why-1': '用户为什么受到影响？', 'why-2': '为什么会发生这种情况？', 'why-3': '为什么这种情况有可能发生？', 'why-4': '为什么我们没有更早发现？', 'why-5': '为什么我们的流程允许它发生？' } },
        actions: { heading: '行动项', body: '每项行动有唯一负责人、截止日期和 Jira 工单；逾期行动会被标记。', items: { prevent: '预防：杜绝该原因再次出现', detect: '发现：下次更早告警', mitigate: '缓解：下次降低影响' } },
        lessons: { heading: '经验教训', body: '哪些做得好，哪些做得不好，哪些地方是侥幸。', items: {} },
      },
      steps: {
        draft: { title: '48 小时内完成初稿', detail: '事件指挥官根据事件频道和告警撰写概要、影响与时间线。', checklist: { 'timeline-done': '时间线已完成', 'impact-done': '影响已量化' } },
        'five-whys': { title: '找出根因', detail: '与当时值班的工程师一起完成五问法分析。', checklist: { 'root-cause-agreed': '根因已达成一致' } },
        review: { title: '召开复盘会', detail: '与所有受影响的职能一起复盘；每项行动都指定负责人和截止日期。', checklist: { 'review-held': '复盘会已召开', 'actions-owned': '每项行动都有负责人和截止日期' } },
        publish: { title: '发布', detail: '发布页面，并将行动项创建为 Jira 工单。', checklist: { published: '页面已发布', 'jira-created': '行动项已在 Jira 中创建' } },
      },
      questions: {},
    },
  },
};
