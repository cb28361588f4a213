// «Итоги»: what the program achieved and each participant's own assessment — the mentor writes the
// results and their word, each mentee theirs, the curator any of them (from paper); the completion
// report prints them. Also the program's two papers, to sign and to report.
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import type { People } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { participantName } from './program-labels';
import { type Program, useProgram, useSaveOutcome } from './programs-api';

function Papers({ program }: { program: Program }) {
  const t = useT();
  const { orgId } = useOrg();
  const url = (paper: 'document' | 'report', ext: 'docx' | 'pdf') =>
    `/api/v1/orgs/${orgId}/programs/${program.id}/${paper}.${ext}`;
  const pair = (paper: 'document' | 'report', label: string) => (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" w={220}>
        {label}
      </Text>
      <Button
        component="a"
        href={url(paper, 'docx')}
        download
        size="xs"
        variant="light"
        leftSection={<IconFileTypeDocx size={16} aria-hidden />}
      >
        Word
      </Button>
      <Button
        component="a"
        href={url(paper, 'pdf')}
        download
        size="xs"
        variant="light"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
      >
        PDF
      </Button>
    </Group>
  );
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('outcome.papers')}
      </Title>
      <Stack gap="xs">
        {pair('document', t('outcome.paper.program'))}
        {pair('report', t('outcome.paper.report'))}
      </Stack>
    </Paper>
  );
}

export function OutcomeTab({ program, people, own }: { program: Program; people: People; own: Set<string> }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const save = useSaveOutcome(orgId, program.id);
  const fresh = useProgram(orgId, program.id);
  const manages = can('program:manage');
  const mentorId = program.participants.find((p) => p.role === 'mentor')?.id;
  const open = program.status === 'active' || program.status === 'completed' || program.status === 'terminated';
  const mayResults = open && (manages || (mentorId !== undefined && own.has(mentorId)));
  const mayWrite = (participantId: string) => open && (manages || own.has(participantId));
  const [results, setResults] = useState(program.outcome.results ?? '');
  const [texts, setTexts] = useState<Record<string, string>>({ ...program.outcome.assessments });
  const editable = mayResults || program.participants.some((p) => mayWrite(p.id));
  const submit = () =>
    save.mutate(
      {
        ...(mayResults ? { results: results.trim() || null } : {}),
        assessments: program.participants
          .filter((p) => mayWrite(p.id))
          .map((p) => ({ participantId: p.id, text: (texts[p.id] ?? '').trim() })),
        version: program.version,
      },
      { onSuccess: () => notifySuccess(t('outcome.saved')) },
    );
  const problem = isProblem(save.error) ? save.error : null;
  const readOnly = (text: string | null | undefined) => (
    <Text size="sm" c={text ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
      {text || t('outcome.empty')}
    </Text>
  );
  return (
    <Stack gap="md">
      {!open && (
        <Text size="sm" c="dimmed">
          {t('outcome.notYet')}
        </Text>
      )}
      {open && (
        <Paper withBorder p="md">
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('outcome.hint')}
            </Text>
            {problem &&
              (problem.code === 'STALE_VERSION' ? (
                <StaleVersionAlert
                  problem={problem}
                  onReload={() => {
                    save.reset();
                    void fresh.refetch().then((r) => {
                      if (!r.data) return;
                      setResults(r.data.outcome.results ?? '');
                      setTexts({ ...r.data.outcome.assessments });
                    });
                  }}
                />
              ) : (
                <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>
              ))}
            {mayResults ? (
              <Textarea
                label={t('outcome.results')}
                value={results}
                onChange={(e) => setResults(e.currentTarget.value)}
                autosize
                minRows={3}
                maxLength={4000}
              />
            ) : (
              <div>
                <Text size="sm" fw={600}>
                  {t('outcome.results')}
                </Text>
                {readOnly(program.outcome.results)}
              </div>
            )}
            {program.participants.map((p) => {
              const label = t('outcome.assessment', {
                name: participantName(t, p, people),
                role: t(`programs.page.${p.role}`),
              });
              return mayWrite(p.id) ? (
                <Textarea
                  key={p.id}
                  label={label}
                  value={texts[p.id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setTexts((v) => ({ ...v, [p.id]: value }));
                  }}
                  autosize
                  minRows={2}
                  maxLength={4000}
                />
              ) : (
                <div key={p.id}>
                  <Text size="sm" fw={600}>
                    {label}
                  </Text>
                  {readOnly(program.outcome.assessments[p.id])}
                </div>
              );
            })}
            {editable && (
              <Group justify="flex-end">
                <Button onClick={submit} loading={save.isPending}>
                  {t('outcome.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}
      <Papers program={program} />
      <Text size="xs" c="dimmed">
        {t('outcome.reportHint')}
      </Text>
    </Stack>
  );
}
