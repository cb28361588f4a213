// «Журнал изменений»: every change in the organization, newest first.
import { Group, Select } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { AuditFeed } from './AuditFeed';
import { entityLabel, knownEntities } from './audit-format';

export function JournalPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  return (
    <>
      <PageHeader
        title={t('journal.title')}
        subtitle={t('journal.subtitle')}
        actions={
          <Group>
            <Select
              aria-label={t('journal.filter')}
              value={entity}
              onChange={(v) => setParams(v ? { entity: v } : {}, { replace: true })}
              allowDeselect={false}
              w={240}
              data={[
                { value: '', label: t('journal.all') },
                ...knownEntities.map((e) => ({ value: e, label: entityLabel(e, t) })),
              ]}
            />
          </Group>
        }
      />
      <AuditFeed entity={entity || undefined} showEntity />
    </>
  );
}
