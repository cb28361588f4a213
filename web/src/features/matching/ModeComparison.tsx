// Step two: the three modes side by side — how many pairs, the total score, and who gets another
// mentor in another mode. The mode the draft is built on is marked; another one can be taken.
import { Badge, Box, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconCheck } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { People } from '../groups/people-api';
import { type ModeDiff, modeDifferences, type Results } from './draft';
import { type Mode, modes } from './matching-api';

interface Props {
  results: Results;
  base: Mode;
  onBase: (mode: Mode) => void;
  people: People;
}

const changed = 'var(--mantine-color-yellow-light)';

export function ModeComparison({ results, base, onBase, people }: Props) {
  const t = useT();
  const diffs = modeDifferences(results, modes);
  const baseResult = results[base];
  const differsFromBase = (mode: Mode) =>
    diffs.filter((d) => (d.mentorOf[mode] ?? null) !== (d.mentorOf[base] ?? null)).length;
  const name = (id: string | null | undefined) => (id ? (people.mentor(id)?.name ?? t('match.unknownMentor')) : null);

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb={4}>
        {t('match.step.compare')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('match.compare.hint')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table withColumnBorders verticalSpacing="xs" aria-label={t('match.compare.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">{t('match.compare.metric')}</Table.Th>
              {modes.map((mode) => (
                <Table.Th key={mode} bg={mode === base ? 'var(--mantine-color-blue-light)' : undefined}>
                  <Text fw={600} size="sm">
                    {t(`match.mode.${mode}`)}
                  </Text>
                  <Text size="xs" c="dimmed" fw={400}>
                    {t(`match.modeHint.${mode}`)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t('match.compare.matched')}</Table.Th>
              {modes.map((mode) => (
                <Table.Td key={mode} fw={600}>
                  {results[mode]?.proposals.length ?? '—'}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('match.compare.total')}</Table.Th>
              {modes.map((mode) => (
                <Table.Td key={mode} fw={600}>
                  {results[mode]?.total ?? '—'}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('match.compare.unmatched')}</Table.Th>
              {modes.map((mode) => (
                <Table.Td key={mode}>{results[mode]?.unmatched.length ?? '—'}</Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('match.compare.changes')}</Table.Th>
              {modes.map((mode) => (
                <Table.Td key={mode}>{mode === base ? '—' : differsFromBase(mode)}</Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">
                <span className="visually-hidden">{t('common.actions')}</span>
              </Table.Th>
              {modes.map((mode) => (
                <Table.Td key={mode}>
                  {mode === base ? (
                    <Badge
                      variant="light"
                      color="blue"
                      tt="none"
                      h="auto"
                      styles={{ label: { whiteSpace: 'normal' } }}
                      leftSection={<IconCheck size={12} aria-hidden />}
                    >
                      {t('match.compare.isBase')}
                    </Badge>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => onBase(mode)}
                      disabled={!results[mode]}
                      aria-label={t('match.compare.takeMode', { mode: t(`match.mode.${mode}`) })}
                    >
                      {t('match.compare.take')}
                    </Button>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Title order={3} size="h5" mt="lg" mb={4}>
        <IconArrowsExchange size={16} aria-hidden style={{ verticalAlign: '-2px', marginRight: 6 }} />
        {t('match.diff.title')}
      </Title>
      {!baseResult ? null : diffs.length === 0 ? (
        <Text size="sm">{t('match.diff.none')}</Text>
      ) : (
        <Stack gap={6}>
          <Text size="sm" c="dimmed">
            {t('match.diff.hint')}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table withColumnBorders verticalSpacing={6} aria-label={t('match.diff.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="22%">{t('match.col.mentee')}</Table.Th>
                  {modes.map((mode) => (
                    <Table.Th key={mode}>{t(`match.mode.${mode}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {diffs.map((d: ModeDiff) => (
                  <Table.Tr key={d.menteeId}>
                    <Table.Th scope="row" fw={500}>
                      {people.mentee(d.menteeId)?.name ?? t('match.unknownMentee')}
                    </Table.Th>
                    {modes.map((mode) => {
                      const mentor = d.mentorOf[mode];
                      const differs = mode !== base && (mentor ?? null) !== (d.mentorOf[base] ?? null);
                      return (
                        <Table.Td key={mode} bg={differs ? changed : undefined}>
                          <Box>
                            {mentor === undefined ? (
                              '—'
                            ) : mentor === null ? (
                              <Text size="sm" c="dimmed" fs="italic">
                                {t('match.diff.noPair')}
                              </Text>
                            ) : (
                              <Text size="sm">{name(mentor)}</Text>
                            )}
                            {differs && <span className="visually-hidden"> ({t('match.diff.changed')})</span>}
                          </Box>
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Paper>
  );
}
