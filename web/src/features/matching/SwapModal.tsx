// Swapping the mentors of two pairs: the curator picks the other pair and sees both new pairs'
// scores (when some mode proposed them) before agreeing.
import { Button, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { People } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { type Draft, findPair, type PairBook } from './draft';
import { asProposal, usePairScores } from './matching-api';
import { PairReasons, ScoreBadge } from './PairReasons';

interface Props {
  draft: Draft;
  from: string;
  people: People;
  book: PairBook;
  onSwap: (other: string) => void;
  onClose: () => void;
  crossSchool?: boolean;
}

export function SwapModal({ draft, from, people, book, onSwap, onClose, crossSchool = false }: Props) {
  const t = useT();
  const { orgId } = useOrg();
  const [other, setOther] = useState<string | null>(null);
  const mentorName = (id: string) => people.mentor(id)?.name ?? t('match.unknownMentor');
  const menteeName = (id: string) => people.mentee(id)?.name ?? t('match.unknownMentee');
  const a = draft.groups.find((g) => g.key === from);
  const b = draft.groups.find((g) => g.key === other);
  const label = (g: (typeof draft.groups)[number]) =>
    `${mentorName(g.mentorId)} — ${g.menteeIds.map(menteeName).join(', ')}`;
  const after =
    a && b
      ? [
          { mentorId: b.mentorId, menteeIds: a.menteeIds },
          { mentorId: a.mentorId, menteeIds: b.menteeIds },
        ]
      : [];
  const asked = after.flatMap((g) => g.menteeIds.map((menteeId) => ({ mentorId: g.mentorId, menteeId })));
  const scores = usePairScores(orgId, asked, crossSchool);
  const scoreOf = (mentorId: string, menteeId: string) => scores.data?.get(`${mentorId}:${menteeId}`);
  const known = (mentorId: string, menteeId: string) => {
    const scored = scoreOf(mentorId, menteeId);
    return findPair(book, mentorId, menteeId) ?? (scored ? asProposal(scored, orgId) : null);
  };
  const impossible = asked.some((p) => !known(p.mentorId, p.menteeId) && scoreOf(p.mentorId, p.menteeId)?.refusal);
  if (!a) return null;

  return (
    <Modal opened onClose={onClose} title={t('match.swap.title')} size="lg">
      <Stack gap="md">
        <Text size="sm">{t('match.swap.from', { who: label(a) })}</Text>
        <Select
          label={t('match.swap.with')}
          data={draft.groups
            .filter((g) => g.key !== from && g.mentorId !== a.mentorId)
            .map((g) => ({ value: g.key, label: label(g) }))}
          value={other}
          onChange={setOther}
          searchable
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        {after.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('match.swap.after')}
            </Text>
            {after.map((p) => (
              <Paper key={p.mentorId} withBorder p="xs">
                <Text size="sm" fw={500}>
                  {mentorName(p.mentorId)}
                </Text>
                {p.menteeIds.map((menteeId) => {
                  const pair = known(p.mentorId, menteeId);
                  const refusal = pair ? null : (scoreOf(p.mentorId, menteeId)?.refusal ?? null);
                  return (
                    <Stack key={menteeId} gap={2} mt={4}>
                      <Group gap={6}>
                        <Text size="sm">{menteeName(menteeId)}</Text>
                        {pair && <ScoreBadge score={pair.score} />}
                      </Group>
                      {refusal ? (
                        <Text size="xs" c="red.8">
                          {t('match.add.impossible')}: {refusal}
                        </Text>
                      ) : (
                        <PairReasons proposal={pair} compact />
                      )}
                    </Stack>
                  );
                })}
              </Paper>
            ))}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!other || impossible} onClick={() => other && onSwap(other)}>
            {t('match.swap.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
