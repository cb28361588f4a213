// A pair made by hand: the curator picks a mentor for a mentee the draft left out. Each mentor comes
// with the pair's score, or is shown as impossible with the reason (e.g. §6.1: no difficulty in
// common); mentors with no place left are not offered.
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconBan, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { People } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { findPair, type PairBook } from './draft';
import { asProposal, usePairScores } from './matching-api';
import { PairReasons, ScoreBadge } from './PairReasons';

interface Props {
  menteeId: string;
  people: People;
  book: PairBook;
  freePlaces: (mentorId: string) => number | null;
  onAdd: (mentorId: string) => void;
  onClose: () => void;
  crossSchool?: boolean;
}

export function AddPairModal({ menteeId, people, book, freePlaces, onAdd, onClose, crossSchool = false }: Props) {
  const t = useT();
  const { orgId } = useOrg();
  const [mentorId, setMentorId] = useState<string | null>(null);
  const menteeName = people.mentee(menteeId)?.name ?? t('match.unknownMentee');
  const mentors = [...people.mentors.values()].filter((m) => m.view === 'full' && m.status === 'available');
  const scores = usePairScores(
    orgId,
    mentors.map((m) => ({ mentorId: m.id, menteeId })),
    crossSchool,
  );
  const known = (id: string) => {
    const scored = scores.data?.get(`${id}:${menteeId}`);
    return findPair(book, id, menteeId) ?? (scored ? asProposal(scored, orgId) : null);
  };
  const refusal = (id: string) => scores.data?.get(`${id}:${menteeId}`)?.refusal ?? null;
  const options = mentors
    .map((m) => {
      const pair = known(m.id);
      const free = freePlaces(m.id) ?? 0;
      const name = people.mentor(m.id)?.name ?? '';
      const parts = [name, t('match.draft.free', { n: Math.max(free, 0) })];
      if (pair) parts.push(t('match.score', { n: pair.score }));
      else if (refusal(m.id)) parts.push(t('match.add.impossible'));
      return { value: m.id, label: parts.join(' · '), disabled: free <= 0, score: pair?.score ?? -1 };
    })
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, 'ru'));
  const pair = mentorId ? known(mentorId) : null;
  const refused = mentorId && !pair ? refusal(mentorId) : null;

  return (
    <Modal opened onClose={onClose} title={t('match.add.title', { name: menteeName })} size="lg">
      <Stack gap="md">
        <Select
          label={t('match.col.mentor')}
          placeholder={t('match.add.placeholder')}
          data={options.map(({ value, label, disabled }) => ({ value, label, disabled }))}
          value={mentorId}
          onChange={setMentorId}
          searchable
          nothingFoundMessage={t('match.add.nothing')}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        {mentorId &&
          (pair ? (
            <Stack gap={4}>
              <Group gap={6}>
                <Text size="sm" fw={500}>
                  {t('match.add.whyTitle')}
                </Text>
                <ScoreBadge score={pair.score} />
              </Group>
              <PairReasons proposal={pair} />
            </Stack>
          ) : refused ? (
            <Alert color="red" variant="light" icon={<IconBan aria-hidden />} title={t('match.add.impossibleTitle')}>
              {refused}
            </Alert>
          ) : (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
              {t('match.add.notProposed')}
            </Alert>
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!mentorId || !!refused} onClick={() => mentorId && onAdd(mentorId)}>
            {t('match.add.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
