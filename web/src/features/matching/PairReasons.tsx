// A proposal's score and the words that explain it — the reason a curator can trust the pair.
import { Badge, Group, List, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { Proposal } from './matching-api';

export function ScoreBadge({ score }: { score: number }) {
  const t = useT();
  return (
    <Badge variant="light" color="indigo" tt="none" title={t('match.scoreTip')}>
      {t('match.score', { n: score })}
    </Badge>
  );
}

export function PairReasons({ proposal, compact }: { proposal: Proposal | null; compact?: boolean }) {
  const t = useT();
  if (!proposal)
    return (
      <Text size="xs" c="dimmed">
        {t('match.noScore')}
      </Text>
    );
  if (proposal.reasons.length === 0) return null;
  if (compact)
    return (
      <Text size="xs" c="dimmed">
        {proposal.reasons.join('; ')}
      </Text>
    );
  return (
    <Group gap={6} align="flex-start" wrap="nowrap">
      <List size="xs" spacing={2} c="dimmed" withPadding={false} listStyleType="disc" pl="md">
        {proposal.reasons.map((r) => (
          <List.Item key={r}>{r}</List.Item>
        ))}
      </List>
    </Group>
  );
}
