// Participants' requests about the program: the mentee asks for another mentor (§5.1), the mentor
// asks to be released (§4.1); the curator accepts or declines with a note, and acts on an accepted
// petition with «Заменить наставника».
import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Program } from '../../../../src/programs/program-contract.js';
import { api, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrg } from '../org/OrgScope';

interface ProgramRequest {
  id: string;
  kind: 'replace-mentor' | 'release';
  reason: string;
  status: 'pending' | 'accepted' | 'declined';
  author: string;
  decidedBy: string | null;
  decisionNote: string | null;
  createdAt: string;
}

const statusColor = { pending: 'orange', accepted: 'teal', declined: 'gray' } as const;

export function RequestsTab({ program, own }: { program: Program; own: ReadonlySet<string> }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const client = useQueryClient();
  const base = `/api/v1/orgs/${orgId}/programs/${program.id}/requests`;
  const key = ['programs', orgId, 'item', program.id, 'requests'];
  const list = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<{ items: ProgramRequest[] }>(base, { signal }),
    select: (d) => d.items,
  });
  const [filing, setFiling] = useState<'replace-mentor' | 'release' | null>(null);
  const [deciding, setDeciding] = useState<{ request: ProgramRequest; decision: 'accepted' | 'declined' } | null>(null);
  const [text, setText] = useState('');
  const done = () => {
    void client.invalidateQueries({ queryKey: key });
    void client.invalidateQueries({ queryKey: ['programs', orgId] });
    setFiling(null);
    setDeciding(null);
    setText('');
  };
  const file = useMutation({
    mutationFn: (body: { kind: string; reason: string }) => api(base, { method: 'POST', body }),
    onSuccess: () => {
      notifySuccess(t('programs.requests.filed'));
      done();
    },
  });
  const decide = useMutation({
    mutationFn: (v: { id: string; decision: string; note: string | null }) =>
      api(`${base}/${v.id}/decision`, { method: 'POST', body: { decision: v.decision, note: v.note } }),
    onSuccess: () => done(),
  });
  const terminal = program.allowedActions.length === 0;
  const iAmMentee = program.participants.some((p) => p.role === 'mentee' && own.has(p.id));
  const iAmMentor = program.participants.some((p) => p.role === 'mentor' && own.has(p.id));
  const manages = can('program:manage');
  const problem = isProblem(file.error) ? file.error : isProblem(decide.error) ? decide.error : null;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('programs.requests.hint')}
      </Text>
      {!terminal && (iAmMentee || iAmMentor) && (
        <Group>
          {iAmMentee && (
            <Button variant="default" onClick={() => setFiling('replace-mentor')}>
              {t('programs.requests.askReplace')}
            </Button>
          )}
          {iAmMentor && (
            <Button variant="default" onClick={() => setFiling('release')}>
              {t('programs.requests.askRelease')}
            </Button>
          )}
        </Group>
      )}
      {(list.data ?? []).length === 0 ? (
        <Text size="sm">{t('programs.requests.none')}</Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" aria-label={t('programs.tabs.requests')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('programs.requests.col.what')}</Table.Th>
                  <Table.Th>{t('programs.requests.col.reason')}</Table.Th>
                  <Table.Th>{t('programs.requests.col.status')}</Table.Th>
                  {manages && (
                    <Table.Th>
                      <span className="visually-hidden">{t('programs.requests.col.actions')}</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(list.data ?? []).map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {t(`programs.requests.kind.${r.kind}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {r.author}, {formatDate(r.createdAt.slice(0, 10))}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.reason}</Text>
                      {r.decisionNote && (
                        <Text size="xs" c="dimmed">
                          {t('programs.requests.decisionBy', { who: r.decidedBy ?? '' })}: {r.decisionNote}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={statusColor[r.status]} tt="none">
                        {t(`programs.requests.status.${r.status}`)}
                      </Badge>
                    </Table.Td>
                    {manages && (
                      <Table.Td>
                        {r.status === 'pending' && (
                          <Group gap="xs" wrap="nowrap">
                            <Button size="xs" onClick={() => setDeciding({ request: r, decision: 'accepted' })}>
                              {t('programs.requests.accept')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => setDeciding({ request: r, decision: 'declined' })}
                            >
                              {t('programs.requests.decline')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {(filing || deciding) && (
        <Modal
          opened
          onClose={() => {
            setFiling(null);
            setDeciding(null);
          }}
          title={
            filing
              ? t(`programs.requests.kind.${filing}`)
              : t(`programs.requests.${deciding?.decision ?? 'accepted'}Title`)
          }
          centered
        >
          <Stack gap="md">
            {problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>}
            {deciding?.decision === 'accepted' && deciding.request.kind === 'replace-mentor' && (
              <Text size="sm">{t('programs.requests.acceptHint')}</Text>
            )}
            <Textarea
              label={filing ? t('programs.requests.reason') : t('programs.requests.note')}
              required={!!filing}
              autosize
              minRows={3}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  setFiling(null);
                  setDeciding(null);
                }}
              >
                {t('common.cancel')}
              </Button>
              <Button
                disabled={!!filing && !text.trim()}
                loading={file.isPending || decide.isPending}
                onClick={() =>
                  filing
                    ? file.mutate({ kind: filing, reason: text.trim() })
                    : deciding &&
                      decide.mutate({ id: deciding.request.id, decision: deciding.decision, note: text.trim() || null })
                }
              >
                {filing
                  ? t('programs.requests.send')
                  : t(`programs.requests.${deciding?.decision === 'declined' ? 'decline' : 'accept'}`)}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
