// A matching round already done in the first demo school, through the same use cases the curator
// and the participants use: proposals from the solver, groups proposed by the curator, decisions
// recorded from paper and in the app. It leaves a group of two and two pairs agreed by everyone,
// one pair declined by the mentee with a reason, the demo mentor and mentee's pair waiting for the
// mentor, and the rest of the mentees still searching.
import { and, eq } from 'drizzle-orm';
import { mentees, mentors } from '../banks/banks-table.js';
import type { Db } from '../db/client.js';
import { createGroup } from '../groups/create-group.js';
import type { GroupForm } from '../groups/group-contract.js';
import type { GroupRow } from '../groups/groups-table.js';
import { recordAgreement } from '../groups/record-agreement.js';
import type { TenantContext } from '../http/tenancy.js';
import { loadMatchingFacts } from '../matching/load-facts.js';
import { type Proposal, proposeMatches } from '../matching/propose.js';
import {
  defaultWeights,
  type MenteeFacts,
  type MentorFacts,
  type ScoringContext,
  scorePair,
} from '../matching/scoring.js';
import { MATCH_MODES } from '../matching/solver/types.js';
import { contextOf } from './demo-context.js';

const pairForms: GroupForm[] = ['traditional', 'teacher-teacher'];

/** One participant's decision, read back each time so the group's version is the current one. */
async function decide(
  tx: Db,
  ctx: TenantContext,
  group: GroupRow,
  participantId: string,
  decision: 'agreed' | 'declined',
  reason: string | null = null,
): Promise<GroupRow> {
  return recordAgreement(tx, ctx, group.id, { participantId, decision, reason, version: group.version }, group.version);
}

async function agreeAll(tx: Db, ctx: TenantContext, group: GroupRow): Promise<GroupRow> {
  let row = group;
  for (const id of [group.mentorId, ...group.menteeIds]) row = await decide(tx, ctx, row, id, 'agreed');
  return row;
}

export async function seedMatching(tx: Db, orgId: string, today: string): Promise<void> {
  const curator = await contextOf(tx, orgId, 'curator');
  const mentorLogin = await contextOf(tx, orgId, 'mentor');
  const menteeLogin = await contextOf(tx, orgId, 'mentee');
  const [demoMentor] = await tx
    .select()
    .from(mentors)
    .where(and(eq(mentors.orgId, orgId), eq(mentors.staffId, mentorLogin.staffId ?? '')));
  const [demoMentee] = await tx
    .select()
    .from(mentees)
    .where(and(eq(mentees.orgId, orgId), eq(mentees.staffId, menteeLogin.staffId ?? '')));
  if (!demoMentor || !demoMentee) throw new Error('demo: the demo mentor or mentee is not in the banks');

  const facts = await loadMatchingFacts(tx, orgId, today);
  const names = facts.difficultyNames;
  const ctx: ScoringContext = { weights: defaultWeights, locale: 'ru', difficultyName: (id) => names.get(id) ?? id };
  const plan = planRound(facts.mentees, facts.mentors, demoMentor.id, demoMentee.id, ctx);
  const propose = (mentorId: string, menteeIds: string[], forms: GroupForm[]) =>
    createGroup(tx, curator, { mentorId, menteeIds, forms, reason: 'Подбор пар на учебный год' });

  // Agreed by everyone, signed on paper: a group of two and two pairs.
  if (plan.group)
    await agreeAll(tx, curator, await propose(plan.group.mentorId, plan.group.menteeIds, ['group', 'teacher-teacher']));
  const formsOf: GroupForm[][] = [
    ['traditional', 'teacher-teacher'],
    ['situational', 'virtual', 'teacher-teacher'],
  ];
  for (const [i, p] of plan.pairs.entries())
    await agreeAll(tx, curator, await propose(p.mentorId, [p.menteeId], formsOf[i % formsOf.length] ?? pairForms));
  // The mentor agreed, the mentee declined: the mentee is searching again.
  if (plan.declined) {
    const d = plan.declined;
    let row = await propose(d.mentorId, [d.menteeId], pairForms);
    row = await decide(tx, curator, row, d.mentorId, 'agreed');
    await decide(
      tx,
      curator,
      row,
      d.menteeId,
      'declined',
      'Прошу подобрать наставника, который ведёт мой предмет: с методикой мне нужна помощь прежде всего.',
    );
  }

  // The demo mentor and mentee: the mentee agreed in the app, the mentor has yet to answer.
  const waiting = await propose(demoMentor.id, [demoMentee.id], pairForms);
  await decide(tx, menteeLogin, waiting, demoMentee.id, 'agreed');
}

type Edge = Pick<Proposal, 'mentorId' | 'menteeId' | 'score'>;

interface Plan {
  group: { mentorId: string; menteeIds: string[] } | null;
  pairs: Edge[];
  declined: Edge | null;
}

/** The three modes propose different pairs for these people: the curator has something to compare. */
function modesDiffer(mentees: MenteeFacts[], mentors: MentorFacts[], ctx: ScoringContext): boolean {
  const keys = MATCH_MODES.map((mode) =>
    proposeMatches(mentees, mentors, mode, ctx)
      .proposals.map((p) => `${p.menteeId}:${p.mentorId}`)
      .sort()
      .join(),
  );
  return new Set(keys).size > 1;
}

/**
 * Which groups the earlier round formed. The demo should leave the curator a round where the modes
 * disagree, so among the allowed pairs (best first) it prefers those that keep a mentor in demand
 * short of places for the mentees still searching; without such a pair it simply takes the best.
 */
function planRound(
  allMentees: readonly MenteeFacts[],
  allMentors: readonly MentorFacts[],
  demoMentorId: string,
  demoMenteeId: string,
  ctx: ScoringContext,
): Plan {
  let mentees = allMentees.filter((m) => m.id !== demoMenteeId);
  let mentors = allMentors.map((m) => (m.id === demoMentorId ? { ...m, freePlaces: m.freePlaces - 1 } : m));
  const edges: Edge[] = mentees
    .flatMap((e) =>
      mentors.flatMap((m) => {
        const verdict = m.id === demoMentorId ? null : scorePair(e, { ...m, freePlaces: 1 }, ctx);
        return verdict?.allowed ? [{ mentorId: m.id, menteeId: e.id, score: verdict.score }] : [];
      }),
    )
    .sort((a, b) => b.score - a.score);
  const consume = (mentorId: string, menteeIds: string[]) => ({
    mentees: mentees.filter((m) => !menteeIds.includes(m.id)),
    mentors: mentors.map((m) => (m.id === mentorId ? { ...m, freePlaces: m.freePlaces - menteeIds.length } : m)),
  });
  const fits = (mentorId: string, menteeIds: string[]) =>
    (mentors.find((m) => m.id === mentorId)?.freePlaces ?? 0) >= menteeIds.length &&
    menteeIds.every((id) => mentees.some((m) => m.id === id));
  const choose = <T extends { mentorId: string; menteeIds: string[] }>(candidates: T[]): T | null => {
    const open = candidates.filter((c) => fits(c.mentorId, c.menteeIds));
    const best =
      open.find((c) => {
        const next = consume(c.mentorId, c.menteeIds);
        return next.mentees.length >= 4 && modesDiffer(next.mentees, next.mentors, ctx);
      }) ??
      open[0] ??
      null;
    if (best) ({ mentees, mentors } = consume(best.mentorId, best.menteeIds));
    return best;
  };

  const asCandidate = (p: Edge) => ({ ...p, menteeIds: [p.menteeId] });
  const first = choose(edges.map(asCandidate));
  const byMentor = new Map<string, Edge[]>();
  for (const p of edges) byMentor.set(p.mentorId, [...(byMentor.get(p.mentorId) ?? []), p]);
  const groupCandidates = [...byMentor.entries()].flatMap(([mentorId, list]) => {
    const free = list.filter((p) => p.menteeId !== first?.menteeId);
    return free.length >= 2 ? [{ mentorId, menteeIds: free.slice(0, 2).map((p) => p.menteeId) }] : [];
  });
  const group = choose(groupCandidates);
  const second = choose(edges.filter((p) => p.mentorId !== group?.mentorId).map(asCandidate));
  // The one who declined stays searching: their pair is the best the solver now offers anyone.
  const declined = proposeMatches(mentees, mentors, 'max-score', ctx).proposals.sort((a, b) => b.score - a.score)[0];
  return {
    group,
    pairs: [first, second].filter((p): p is NonNullable<typeof p> => p !== null),
    declined: declined ?? null,
  };
}
