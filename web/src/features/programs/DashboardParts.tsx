// Pieces both home-page program cards use: a labelled fact, the term with the days left, an
// activity's deadline (red once it has passed) and the journal's last entry with its silence.
import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type Translate, usePlural } from '../../i18n';
import { formatDate } from '../../lib/format';
import { unclippedLabel } from '../../ui/badge-styles';
import { isOverdue, silentDays, termProgress } from './dashboard';
import type { MyProgram } from './programs-api';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} mb={2}>
        {label}
      </Text>
      {children}
    </div>
  );
}

/** «до окончания 45 дней», «до начала 7 дней», «срок истёк». */
export function useTermNote(t: Translate): (p: Pick<MyProgram, 'startsOn' | 'endsOn'>, today: string) => string {
  const plural = usePlural();
  return (p, today) => {
    const term = termProgress(p.startsOn, p.endsOn, today);
    if (term.phase === 'over') return t('dash.termOver');
    const days = plural('dash.days', term.left);
    return t(term.phase === 'before' ? 'dash.untilStart' : 'dash.untilEnd', { days });
  };
}

/** An activity's deadline: dimmed while ahead, red with «просрочено» once it has passed. */
export function DueText({ t, dueOn, today }: { t: Translate; dueOn: string | null; today: string }) {
  if (!dueOn)
    return (
      <Text size="sm" c="dimmed" span>
        {t('dash.noDue')}
      </Text>
    );
  const late = isOverdue(dueOn, today);
  return (
    <Text size="sm" c={late ? 'red.9' : 'dimmed'} fw={late ? 600 : undefined} span>
      {late ? `${t('dash.overdue')}: ` : ''}
      {t('dash.due', { date: formatDate(dueOn) })}
    </Text>
  );
}

/** The journal's last entry, and a warning once the pair has been silent for three weeks. */
export function JournalNote({ t, program, today }: { t: Translate; program: MyProgram; today: string }) {
  const plural = usePlural();
  const silent = silentDays(program, today);
  return (
    <>
      <Text size="sm">
        {program.lastJournalOn ? t('dash.lastEntry', { date: formatDate(program.lastJournalOn) }) : t('dash.noEntries')}
      </Text>
      {program.quiet && silent !== null && (
        <Badge
          mt={4}
          color="orange"
          variant="light"
          tt="none"
          styles={unclippedLabel}
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
        >
          {t('dash.quiet', { days: plural('dash.days', silent) })}
        </Badge>
      )}
    </>
  );
}

/** How many activities are overdue in all, when more are than the card lists. */
export function OverdueCount({ t, overdue, shown }: { t: Translate; overdue: number; shown: number }) {
  if (overdue <= shown) return null;
  return (
    <Group gap={4} mt={2} wrap="nowrap">
      <IconAlertTriangle size={14} color="var(--mantine-color-red-9)" aria-hidden />
      <Text size="sm" c="red.9" fw={600}>
        {t('dash.overdueCount', { n: overdue })}
      </Text>
    </Group>
  );
}
