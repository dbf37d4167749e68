// The attestation macro: "read and understood", then the assessment quiz (questions and options in the order the
// server chose, no right answers on the page), the result of each attempt, and roster coverage with who has not
// passed yet.
import { useState } from 'react';
import type { AppError, AttestationView } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { ErrorMessage } from '../ui/error-message';
import { Checkbox } from '../ui/form/checkbox';
import { Banner } from '../ui/status/banner';
import { useRefreshingCall } from './use-refreshing-call';

export function AttestationScreen({ pageId }: { readonly pageId: string }) {
  const { t } = useShell();
  const { state, refresh } = useRefreshingCall('sop/attestation', { pageId }, undefined);
  const [view, setView] = useState<AttestationView | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const [last, setLast] = useState<{ readonly percent: number; readonly passed: boolean } | undefined>(undefined);
  if (state.status === 'loading') return <p className="lc-muted" role="status">{t('sop.loading')}</p>;
  if (state.status === 'failed') return <ErrorMessage error={state.error} onRetry={() => { void refresh(); }} />;
  const shown = view ?? state.data;
  const acknowledge = async () => {
    setError(undefined);
    const answer = await call('sop/acknowledge', { pageId });
    if (answer.ok) setView(answer.data); else setError(answer.error);
  };
  const submit = async (answers: Readonly<Record<string, readonly string[]>>) => {
    setError(undefined);
    const answer = await call('sop/submitAttempt', { pageId, answers });
    if (answer.ok) { setView(answer.data.view); setLast({ percent: answer.data.percent, passed: answer.data.passed }); } else setError(answer.error);
  };
  const mine = shown.mine;
  return (
    <section className="sop-stack" data-testid="sop-attestation">
      {last === undefined ? null : last.passed
        ? <Banner appearance="success" data-testid="sop-attempt-result" data-passed="true" title={t('sop.attestation.passed', { percent: last.percent })} />
        : <Banner appearance="warning" data-testid="sop-attempt-result" data-passed="false" title={t('sop.attestation.failed', { percent: last.percent, needed: shown.passPercent, left: mine.attemptsLeft })} />}
      {!mine.acknowledged ? (
        <Banner appearance="info" title={t('sop.attestation.readTitle')} detail={t('sop.attestation.readDetail')}>
          <button type="button" className="lc-button sop-primary" data-testid="sop-acknowledge" onClick={() => { void acknowledge(); }}>{t('sop.attestation.confirmRead')}</button>
        </Banner>
      ) : mine.passed ? (
        last?.passed === true ? null : <Banner appearance="success" title={t('sop.attestation.alreadyPassed')} data-testid="sop-already-passed" />
      ) : mine.attemptsLeft === 0 ? (
        <Banner appearance="danger" title={t('sop.attestation.noAttempts')} />
      ) : (
        <Quiz key={String(mine.attempts.length)} view={shown} onSubmit={(answers) => { void submit(answers); }} />
      )}
      {error === undefined ? null : <ErrorMessage error={error} />}
      <Coverage view={shown} />
    </section>
  );
}

function Quiz({ view, onSubmit }: { readonly view: AttestationView; readonly onSubmit: (answers: Readonly<Record<string, readonly string[]>>) => void }) {
  const { t } = useShell();
  const [answers, setAnswers] = useState<Readonly<Record<string, readonly string[]>>>({});
  const choose = (questionId: string, optionId: string, multiple: boolean, on: boolean) => {
    const now = answers[questionId] ?? [];
    const next = multiple ? (on ? [...now, optionId] : now.filter((o) => o !== optionId)) : [optionId];
    setAnswers({ ...answers, [questionId]: next });
  };
  return (
    <form className="sop-stack" data-testid="sop-quiz" onSubmit={(event) => { event.preventDefault(); onSubmit(answers); }}>
      <h3>{t('sop.attestation.quizTitle', { percent: view.passPercent, left: view.mine.attemptsLeft, allowed: view.attemptsAllowed })}</h3>
      {view.quiz.map((question) => (
        <fieldset key={question.id} className="sop-question" data-testid={`sop-question-${question.id}`}>
          <legend>{question.prompt}{question.multiple ? ` (${t('sop.attestation.chooseAll')})` : ''}</legend>
          {question.options.map((option) => {
            const checked = (answers[question.id] ?? []).includes(option.id);
            return question.multiple
              ? <Checkbox key={option.id} label={option.text} checked={checked} data-option={option.id} onChange={(on) => { choose(question.id, option.id, true, on); }} />
              : (
                <label key={option.id} className="lc-choice">
                  <input type="radio" name={`q-${question.id}`} value={option.id} data-option={option.id} checked={checked} onChange={() => { choose(question.id, option.id, false, true); }} />
                  <span>{option.text}</span>
                </label>
              );
          })}
        </fieldset>
      ))}
      <div className="sop-row"><button type="submit" className="lc-button sop-primary" data-testid="sop-submit-quiz">{t('sop.attestation.submit')}</button></div>
    </form>
  );
}

function Coverage({ view }: { readonly view: AttestationView }) {
  const { t } = useShell();
  const coverage = view.coverage;
  if (coverage.rosterGroup === undefined) return <p className="lc-muted">{t('sop.attestation.coverageNoRoster')}</p>;
  return (
    <section className="sop-stack" aria-label={t('sop.attestation.missing')}>
      <strong data-testid="sop-coverage" data-passed={coverage.passed} data-roster={coverage.roster}>{t('sop.attestation.coverage', { passed: coverage.passed, roster: coverage.roster })} ({coverage.rosterGroup})</strong>
      {coverage.missing.length === 0 ? <p>{t('sop.attestation.everyonePassed')}</p> : (
        <>
          <span>{t('sop.attestation.missing')}</span>
          <ul data-testid="sop-missing">{coverage.missing.map((m) => <li key={m.accountId}>{m.displayName}</li>)}</ul>
        </>
      )}
    </section>
  );
}
