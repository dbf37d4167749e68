// How each Jira link type becomes a dependency (finish-to-start and the others, or ignored), beside how many
// of the epic's links are of that type.
import { useMemo } from 'react';
import { useShell } from '../../ui/app-shell';
import { Fieldset } from '../../ui/form/fieldset';
import { Select } from '../../ui/form/select';
import { LINK_MAPPINGS, type IssueLink, type LinkMapping } from '../../../src/domain/schedule';
import type { FieldError, LinkTypeRow } from './settings-form';
import { fieldErrorText, mappingLabel } from './settings-wording';

export interface LinkTypesSectionProps {
  readonly rows: readonly LinkTypeRow[];
  /** The epic's dependency links, to show how many use each issue-link type. */
  readonly links: readonly IssueLink[];
  readonly disabled: boolean;
  readonly error: FieldError | undefined;
  readonly onMap: (name: string, mapping: LinkMapping) => void;
}

export function LinkTypesSection({ rows, links, disabled, error, onMap }: LinkTypesSectionProps) {
  const { t, language } = useShell();
  const usage = useMemo(() => {
    const counts = new Map<string, number>();
    for (const link of links) counts.set(link.issueLinkType, (counts.get(link.issueLinkType) ?? 0) + 1);
    return counts;
  }, [links]);
  const options = LINK_MAPPINGS.map((mapping) => ({ value: mapping, label: mappingLabel(t, mapping) }));
  return (
    <Fieldset
      legend={t('dependencies.settings.linkTypes')}
      hint={t('dependencies.settings.linkTypesHint')}
      disabled={disabled}
      // The schema's complaint is about a record key, which means nothing to the user: say the mapping is invalid.
      error={error === undefined ? undefined : fieldErrorText(t, language, { code: 'invalid' })}
      errorTestId="settings-field-error"
    >
      <table className="dp-mapping-table">
        <thead>
          <tr>
            <th scope="col">{t('dependencies.settings.linkTypeName')}</th>
            <th scope="col">{t('dependencies.settings.linkTypeUsage')}</th>
            <th scope="col">{t('dependencies.settings.linkTypeMapping')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} data-testid="settings-link-type" data-name={row.name}>
              <th scope="row" className="dp-mapping-name">{row.name}</th>
              <td className="dp-numeric dp-muted">{usage.get(row.name) ?? 0}</td>
              <td>
                <Select
                  options={options}
                  value={row.mapping}
                  aria-label={t('dependencies.settings.linkTypeSelect', { name: row.name })}
                  onChange={(mapping) => { onMap(row.name, mapping); }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Fieldset>
  );
}
