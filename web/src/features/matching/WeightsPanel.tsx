// The scoring weights: try other values, see what they change for the same mentees (POST /matching
// with `weights`, nothing saved), use them for this round, or keep them as the organization's own.
import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAdjustments, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useOrg } from '../org/OrgScope';
import { useOrganization, useUpdateOrganization } from '../org/org-api';
import { type MatchingResult, type MatchingWeights, type Mode, useMatchingPreview } from './matching-api';

const weightKeys = ['coverage', 'sameSubject', 'experience', 'preferredForm', 'sameSchool', 'mutualChoice'] as const;

interface Props {
  mode: Mode;
  menteeIds: string[];
  /** What the page shows now, and with which weights. */
  current: MatchingResult | undefined;
  onApply: (weights: MatchingWeights) => void;
  crossSchool?: boolean;
}

function changedPairs(a: MatchingResult, b: MatchingResult): number {
  const before = new Map(a.proposals.map((p) => [p.menteeId, p.mentorId]));
  const ids = new Set([...a.proposals, ...b.proposals].map((p) => p.menteeId));
  const after = new Map(b.proposals.map((p) => [p.menteeId, p.mentorId]));
  return [...ids].filter((id) => before.get(id) !== after.get(id)).length;
}

export function WeightsPanel({ mode, menteeIds, current, onApply, crossSchool = false }: Props) {
  const t = useT();
  const { orgId, can } = useOrg();
  const org = useOrganization(orgId);
  const update = useUpdateOrganization(orgId);
  const [values, setValues] = useState<MatchingWeights | null>(current?.weights ?? null);
  const [tried, setTried] = useState<MatchingWeights | null>(null);
  const preview = useMatchingPreview(orgId, mode, menteeIds, tried, crossSchool);
  const shown = values ?? current?.weights;
  if (!shown) return null;
  const valid = weightKeys.every((k) => Number.isInteger(shown[k]) && shown[k] >= 0 && shown[k] <= 100);
  const same = (a: MatchingWeights | undefined, b: MatchingWeights | null | undefined) =>
    !!a && !!b && weightKeys.every((k) => a[k] === b[k]);

  const save = () => {
    const o = org.data;
    if (!o) return;
    update.mutate(
      {
        fullName: o.fullName,
        shortName: o.shortName,
        address: o.address,
        locality: o.locality,
        directorName: o.directorName,
        directorPosition: o.directorPosition,
        orderSuffix: o.orderSuffix,
        settings: { ...o.settings, matchingWeights: shown },
        version: o.version,
        reason: t('match.weights.reason'),
      },
      { onSuccess: () => notifySuccess(t('match.weights.saved')), onError: notifyError },
    );
  };

  return (
    <Paper withBorder p="md">
      <Group gap="xs" mb={4}>
        <IconAdjustments size={18} aria-hidden />
        <Title order={2} size="h4">
          {t('match.weights.title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('match.weights.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {weightKeys.map((k) => (
          <NumberInput
            key={k}
            label={t(`match.weight.${k}`)}
            description={t(`match.weightHint.${k}`)}
            min={0}
            max={100}
            step={5}
            clampBehavior="strict"
            allowDecimal={false}
            value={shown[k]}
            onChange={(v) => setValues({ ...shown, [k]: typeof v === 'number' ? v : 0 })}
          />
        ))}
      </SimpleGrid>
      <Group mt="md" gap="sm" wrap="wrap">
        <Button variant="light" onClick={() => setTried(shown)} disabled={!valid || menteeIds.length === 0}>
          {t('match.weights.preview')}
        </Button>
        <Button variant="default" onClick={() => onApply(shown)} disabled={!valid || same(current?.weights, shown)}>
          {t('match.weights.apply')}
        </Button>
        {can('organization:update') && (
          <Button onClick={save} loading={update.isPending} disabled={!valid || !org.data}>
            {t('match.weights.save')}
          </Button>
        )}
      </Group>
      {!can('organization:update') && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('match.weights.onlyDirector')}
        </Text>
      )}
      {tried && (
        <Stack gap={4} mt="md" aria-live="polite">
          {preview.isFetching ? (
            <Text size="sm">{t('common.loading')}</Text>
          ) : preview.data && current ? (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('match.weights.effect')}>
              <Text size="sm">
                {t('match.weights.effectText', {
                  mode: t(`match.mode.${mode}`),
                  pairs: current.proposals.length,
                  pairsNew: preview.data.proposals.length,
                  total: current.total,
                  totalNew: preview.data.total,
                  changed: changedPairs(current, preview.data),
                })}
              </Text>
            </Alert>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
