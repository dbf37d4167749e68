// Where durations come from: original estimate, story points, or start and due dates, each with its rule.
// The chosen one is where focus starts when the dialog opens.
import { useId } from 'react';
import { useShell } from '../../ui/app-shell';
import { Fieldset } from '../../ui/form/fieldset';
import { RadioGroup } from '../../ui/form/radio-group';
import { DURATION_SOURCES, type DurationSource } from '../../../src/domain/schedule';
import { sourceHint, sourceLabel } from './settings-wording';

export interface DurationSourceSectionProps {
  readonly value: DurationSource;
  readonly disabled: boolean;
  readonly onChange: (source: DurationSource) => void;
}

export function DurationSourceSection({ value, disabled, onChange }: DurationSourceSectionProps) {
  const { t } = useShell();
  const name = useId();
  const options = DURATION_SOURCES.map((source) => ({
    value: source, label: sourceLabel(t, source), hint: sourceHint(t, source), testId: `settings-source-${source}`,
  }));
  return (
    <Fieldset legend={t('dependencies.settings.durationSource')} disabled={disabled}>
      <RadioGroup name={name} options={options} value={value} onChange={onChange} autoFocusChecked />
    </Fieldset>
  );
}
