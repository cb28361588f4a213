// «Подбор пар»: the curator picks mentees, runs the three modes side by side, edits the draft by
// hand and confirms it — each pair or group becomes a proposed group that its people then agree to.
import { Alert, Button, Group, List, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconAdjustments, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { busyGroupStatuses } from '../../../../src/groups/group-contract.js';
import { isProblem } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { createGroup, useGroups, useGroupsChanged } from '../groups/groups-api';
import { usePeople, withExternalMentors } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { AddPairModal } from './AddPairModal';
import { DraftTable } from './DraftTable';
import {
  addPair,
  addToBook,
  type Draft,
  draftFrom,
  draftLoad,
  dropGroups,
  mergeByMentor,
  type Results,
  removeMentee,
  setForms,
  swapMentors,
} from './draft';
import { MenteeChooser } from './MenteeChooser';
import { ModeComparison } from './ModeComparison';
import {
  asProposal,
  externalMentors,
  type MatchingRequest,
  type MatchingWeights,
  type Mode,
  modes,
  type Proposal,
  useMatchingRuns,
  useNetworkPool,
  usePairScores,
} from './matching-api';
import { SwapModal } from './SwapModal';
import { type Unmatched, UnmatchedList } from './UnmatchedList';
import { WeightsPanel } from './WeightsPanel';

/** A refusal in the curator's words: a taken mentee by name rather than by id. */
function problemText(error: unknown, menteeName: (id: string) => string, fallback: string): string {
  if (!isProblem(error)) return fallback;
  if (error.code === 'MENTEE_TAKEN') {
    const ids = error.errors.map((e) => e.message);
    return ids.length ? `${error.title}: ${ids.map(menteeName).join(', ')}` : error.title;
  }
  return `${error.title}. ${error.detail}`;
}

interface Outcome {
  created: number;
  failed: { who: string; message: string }[];
}

export function MatchingPage() {
  const t = useT();
  const { locale } = useLanguage();
  const { orgId } = useOrg();
  const ownPeople = usePeople(orgId);
  const groups = useGroups(orgId);
  const pool = useNetworkPool(orgId);
  const [crossSchool, setCrossSchool] = useState(false);
  const groupsChanged = useGroupsChanged(orgId);

  const placed = useMemo(() => {
    const ids = new Set<string>();
    for (const g of groups.data ?? [])
      if (busyGroupStatuses.includes(g.status)) for (const id of g.menteeIds) ids.add(id);
    return ids;
  }, [groups.data]);
  const candidates = useMemo(
    () => [...ownPeople.mentees.values()].filter((m) => m.status === 'searching' && !placed.has(m.id)),
    [ownPeople.mentees, placed],
  );
  const [selected, setSelected] = useState<string[] | null>(null);
  const chosen = selected ?? candidates.map((m) => m.id);

  const [weights, setWeights] = useState<MatchingWeights | undefined>(undefined);
  const [request, setRequest] = useState<(MatchingRequest & { locale: string }) | null>(null);
  const [base, setBase] = useState<Mode>('max-score');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [rebuild, setRebuild] = useState(false);
  const [showWeights, setShowWeights] = useState(false);
  const [adding, setAdding] = useState<string | null>(null);
  const [swapping, setSwapping] = useState<string | null>(null);
  const [errors, setErrors] = useState(new Map<string, string>());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);

  const runs = useMatchingRuns(orgId, request);
  const results: Results = {};
  modes.forEach((mode, i) => {
    const data = runs[i]?.data;
    if (data) results[mode] = data;
  });
  // Mentors of other schools are not in this school's bank: their names come with the proposals.
  const people = withExternalMentors(ownPeople, externalMentors(orgId, Object.values(results)));
  const book = useRef(new Map<string, Proposal>()).current;
  addToBook(book, results);
  // Pairs made or swapped by hand that no run proposed: asked for their own score and reasons.
  const unscored = (draft?.groups ?? [])
    .flatMap((g) => g.menteeIds.map((menteeId) => ({ mentorId: g.mentorId, menteeId })))
    .filter((p) => !book.has(`${p.mentorId}:${p.menteeId}`));
  const handScores = usePairScores(orgId, unscored, request?.crossSchool ?? false);
  for (const score of handScores.data?.values() ?? []) {
    const proposal = asProposal(score, orgId);
    if (proposal) book.set(`${score.mentorId}:${score.menteeId}`, proposal);
  }
  const running = runs.some((r) => r.isFetching);
  const runError = runs.find((r) => r.error)?.error;
  const baseResult = results[base];

  // A draft is made from a mode's proposals when the curator runs matching or takes another mode —
  // never silently on a refetch, so hand edits and failed groups stay in place.
  useEffect(() => {
    if (rebuild && baseResult && !running) {
      setDraft(draftFrom(baseResult.proposals));
      setErrors(new Map());
      setRebuild(false);
    }
  }, [rebuild, baseResult, running]);

  const run = (w = weights) => {
    setRequest({ menteeIds: [...chosen].sort(), weights: w, locale, crossSchool });
    setRebuild(true);
    setOutcome(null);
  };
  const takeMode = (mode: Mode) => {
    setBase(mode);
    setRebuild(true);
  };

  const busyPlaces = useMemo(() => {
    const load = new Map<string, number>();
    for (const g of groups.data ?? [])
      if (busyGroupStatuses.includes(g.status)) load.set(g.mentorId, (load.get(g.mentorId) ?? 0) + g.menteeIds.length);
    return load;
  }, [groups.data]);
  const load = draft ? draftLoad(draft) : new Map<string, number>();
  const freePlaces = (mentorId: string) => {
    const m = people.mentors.get(mentorId);
    if (m?.view !== 'full') return null;
    return m.capacity - (busyPlaces.get(mentorId) ?? 0) - (load.get(mentorId) ?? 0);
  };

  const unmatched: Unmatched[] = [];
  if (draft && baseResult) {
    const inDraft = new Set(draft.groups.flatMap((g) => g.menteeIds));
    const seen = new Set<string>();
    for (const u of baseResult.unmatched)
      if (!inDraft.has(u.menteeId)) {
        unmatched.push(u);
        seen.add(u.menteeId);
      }
    for (const id of draft.removed)
      if (!inDraft.has(id) && !seen.has(id)) unmatched.push({ menteeId: id, reason: t('match.unmatched.removed') });
    for (const p of baseResult.proposals)
      if (!inDraft.has(p.menteeId) && !seen.has(p.menteeId) && !draft.removed.includes(p.menteeId))
        unmatched.push({ menteeId: p.menteeId, reason: t('match.unmatched.removed') });
  }

  const confirm = async () => {
    if (!draft) return;
    setConfirming(true);
    const done = new Set<string>();
    const nextErrors = new Map<string, string>();
    const failed: Outcome['failed'] = [];
    for (const g of draft.groups) {
      try {
        await createGroup(orgId, { mentorId: g.mentorId, menteeIds: g.menteeIds, forms: g.forms, reason: null });
        done.add(g.key);
      } catch (error) {
        const message = problemText(error, (id) => people.mentee(id)?.name ?? id, t('error.loadFailed'));
        nextErrors.set(g.key, message);
        const who = `${people.mentor(g.mentorId)?.name ?? ''} — ${g.menteeIds.map((id) => people.mentee(id)?.name ?? '').join(', ')}`;
        failed.push({ who, message });
      }
    }
    setDraft(dropGroups(draft, done));
    setErrors(nextErrors);
    setOutcome({ created: done.size, failed });
    setConfirming(false);
    groupsChanged();
  };

  const invalidForms = draft?.groups.some((g) => g.forms.length === 0) ?? false;

  return (
    <>
      <PageHeader
        title={t('match.title')}
        subtitle={t('match.subtitle')}
        actions={
          <Button component={Link} to={`/orgs/${orgId}/groups`} variant="default">
            {t('match.toGroups')}
          </Button>
        }
      />
      {people.isLoading || groups.isPending ? (
        <TableSkeleton />
      ) : people.error || groups.error ? (
        <LoadError error={people.error ?? groups.error} />
      ) : (
        <Stack gap="lg">
          {candidates.length === 0 ? (
            <Alert color="teal" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('match.nobody')}>
              {t('match.nobodyText')}
            </Alert>
          ) : (
            <MenteeChooser
              candidates={candidates}
              selected={chosen}
              onChange={setSelected}
              onRun={() => run()}
              running={running}
              network={
                pool.data?.allowed ? (
                  <Switch
                    mt="sm"
                    checked={crossSchool}
                    onChange={(e) => setCrossSchool(e.currentTarget.checked)}
                    label={t('match.crossSchool')}
                    description={t('match.crossSchoolHint', {
                      schools: pool.data.schools.map((s) => s.name).join(', '),
                    })}
                  />
                ) : null
              }
              weightsButton={
                <Button
                  variant="default"
                  leftSection={<IconAdjustments size={16} aria-hidden />}
                  onClick={() => setShowWeights((v) => !v)}
                  aria-expanded={showWeights}
                  disabled={!baseResult}
                >
                  {t('match.weights.title')}
                </Button>
              }
            />
          )}
          {showWeights && baseResult && request && (
            <WeightsPanel
              mode={base}
              menteeIds={request.menteeIds}
              current={baseResult}
              crossSchool={request.crossSchool ?? false}
              onApply={(w) => {
                setWeights(w);
                run(w);
              }}
            />
          )}
          {runError ? <LoadError error={runError} onRetry={() => run()} /> : null}
          {request && Object.keys(results).length > 0 && (
            <ModeComparison results={results} base={base} onBase={takeMode} people={people} />
          )}
          {outcome && (
            <Alert
              color={outcome.failed.length ? 'orange' : 'teal'}
              variant="light"
              icon={<IconCheck aria-hidden />}
              title={t('match.confirm.done', { created: outcome.created, failed: outcome.failed.length })}
              role="status"
            >
              {outcome.failed.length > 0 && (
                <List size="sm" spacing={4}>
                  {outcome.failed.map((f) => (
                    <List.Item key={f.who}>
                      <b>{f.who}</b>: {f.message}
                    </List.Item>
                  ))}
                </List>
              )}
              {outcome.created > 0 && (
                <Text size="sm" mt={outcome.failed.length ? 'xs' : 0}>
                  {t('match.confirm.next')} <Link to={`/orgs/${orgId}/groups`}>{t('match.toGroups')}</Link>
                </Text>
              )}
            </Alert>
          )}
          {draft && baseResult && (
            <Paper p={0} bg="transparent">
              <Title order={2} size="h4" mb={4}>
                {t('match.step.draft', { mode: t(`match.mode.${base}`) })}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('match.draft.hint')}
              </Text>
              {draft.groups.length > 0 ? (
                <DraftTable
                  draft={draft}
                  book={book}
                  people={people}
                  freePlaces={freePlaces}
                  errors={errors}
                  onRemove={(id) => setDraft(removeMentee(draft, id))}
                  onSwap={setSwapping}
                  onMerge={(mentorId) => setDraft(mergeByMentor(draft, mentorId))}
                  onForms={(key, forms) => setDraft(setForms(draft, key, forms))}
                />
              ) : (
                <Text size="sm">{t('match.draft.empty')}</Text>
              )}
              <Title order={3} size="h5" mt="lg" mb="xs">
                {t('match.unmatched.title')}
              </Title>
              <UnmatchedList items={unmatched} people={people} onAdd={setAdding} />
              <Group justify="flex-end" mt="lg" gap="sm">
                {invalidForms && (
                  <Text size="sm" c="red.8">
                    {t('match.forms.required')}
                  </Text>
                )}
                <Button
                  size="md"
                  leftSection={<IconCheck size={18} aria-hidden />}
                  onClick={() => void confirm()}
                  loading={confirming}
                  disabled={draft.groups.length === 0 || invalidForms}
                >
                  {t('match.confirm.button', { n: draft.groups.length })}
                </Button>
              </Group>
            </Paper>
          )}
        </Stack>
      )}
      {adding && draft && (
        <AddPairModal
          crossSchool={request?.crossSchool ?? false}
          menteeId={adding}
          people={people}
          book={book}
          freePlaces={freePlaces}
          onAdd={(mentorId) => {
            setDraft(addPair(draft, mentorId, adding));
            setAdding(null);
          }}
          onClose={() => setAdding(null)}
        />
      )}
      {swapping && draft && (
        <SwapModal
          crossSchool={request?.crossSchool ?? false}
          draft={draft}
          from={swapping}
          people={people}
          book={book}
          onSwap={(other) => {
            setDraft(swapMentors(draft, swapping, other));
            setSwapping(null);
          }}
          onClose={() => setSwapping(null)}
        />
      )}
    </>
  );
}
