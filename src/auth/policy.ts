// Who may do what: one table of role → allowed actions per entity. The server checks it in one
// place (tenancy.ts) and sends each membership's permissions to the web UI, which shows only
// what the user may do.

export const roles = ['director', 'curator', 'council', 'mentor', 'mentee', 'admin', 'observer'] as const;
export type Role = (typeof roles)[number];

/** Roles that reach down the organization tree: a municipal observer sees the schools below. */
export const inheritedRoles: readonly Role[] = ['observer', 'admin'];

const allStaffRoles: readonly Role[] = ['director', 'curator', 'council', 'mentor', 'mentee', 'admin'];

export const policy = {
  organization: {
    read: [...allStaffRoles, 'observer'],
    update: ['director', 'admin'],
  },
  stats: {
    read: ['director', 'curator', 'admin', 'observer'],
  },
  staff: {
    read: ['director', 'curator', 'council', 'admin'],
    create: ['director', 'curator', 'admin'],
    update: ['director', 'curator', 'admin'],
    archive: ['director', 'curator', 'admin'],
  },
  /** The catalogue of difficulties: everyone working with mentoring needs its words. */
  difficulty: {
    read: allStaffRoles,
    manage: ['director', 'curator', 'admin'],
  },
  /** Written consents (152-ФЗ): personal data, so the people who keep the records only. */
  consent: {
    read: ['director', 'curator', 'admin'],
    manage: ['director', 'curator', 'admin'],
  },
  /**
   * The banks. `read` lets a role in; `readAll` sees every entry. Without `readAll` a mentee sees
   * their own entry (and mentors' public fields, to name a preferred one), a mentor their own
   * entry and the mentees who named them.
   */
  mentee: {
    read: ['director', 'curator', 'council', 'admin', 'mentor', 'mentee'],
    readAll: ['director', 'curator', 'council', 'admin'],
    manage: ['director', 'curator', 'admin'],
    /** Name preferred mentors: the managers for anyone, a mentee for their own entry. */
    prefer: ['director', 'curator', 'admin', 'mentee'],
  },
  mentor: {
    read: ['director', 'curator', 'council', 'admin', 'mentor', 'mentee'],
    readAll: ['director', 'curator', 'council', 'admin'],
    manage: ['director', 'curator', 'admin'],
    /** Name preferred mentees: the managers for anyone, a mentor among those who named them. */
    prefer: ['director', 'curator', 'admin', 'mentor'],
  },
  matching: {
    run: ['director', 'curator', 'council'],
  },
  /**
   * Pairs and groups. Mentors and mentees see only the groups they are in (`readAll` sees every
   * one) and record their own decision; the director and curator record paper signatures.
   */
  group: {
    read: ['director', 'curator', 'council', 'mentor', 'mentee', 'admin'],
    readAll: ['director', 'curator', 'council', 'admin'],
    create: ['director', 'curator', 'council'],
    agree: ['director', 'curator', 'mentor', 'mentee'],
  },
  /**
   * The director's orders: the curator drafts them, only the director signs (an order has force
   * by the director's signature, Regulation §3.2).
   */
  order: {
    read: ['director', 'curator', 'council', 'admin'],
    manage: ['director', 'curator'],
    sign: ['director'],
  },
  /**
   * Supplementary agreements under the Labour Code art. 351.8 and the mentor's pay they state:
   * employment terms, so the director and the curator who prepares the papers only.
   */
  agreement: {
    read: ['director', 'curator'],
    manage: ['director', 'curator'],
  },
  /** Network mentoring: another school's requests for this school's mentors, answered by its curator. */
  network: {
    read: ['director', 'curator'],
    decide: ['director', 'curator'],
  },
  /**
   * Personalized programs. Mentors and mentees see the programs of their own groups and record
   * their own agreement; the curator and director manage the program's life (and record paper
   * signatures); the council reads.
   */
  program: {
    read: ['director', 'curator', 'council', 'mentor', 'mentee', 'admin'],
    readAll: ['director', 'curator', 'council', 'admin'],
    create: ['director', 'curator', 'mentor'],
    agree: ['director', 'curator', 'mentor', 'mentee'],
    manage: ['director', 'curator'],
  },
  /**
   * Questionnaires. `read` lets respondents see the surveys addressed to them and `respond`
   * answer (the audience is checked in the use case); `results` sees everyone's answers.
   */
  survey: {
    read: allStaffRoles,
    respond: allStaffRoles,
    manage: ['director', 'curator', 'admin'],
    results: ['director', 'curator', 'council', 'admin'],
  },
  audit: {
    read: ['director', 'curator', 'admin'],
  },
  user: {
    read: ['director', 'admin'],
    manage: ['admin'],
  },
  token: {
    manage: ['admin'],
  },
} as const satisfies Record<string, Record<string, readonly Role[]>>;

export type Entity = keyof typeof policy;
export type Action<E extends Entity> = keyof (typeof policy)[E] & string;
export type Permission = { [E in Entity]: `${E}:${Action<E>}` }[Entity];

export function can<E extends Entity>(userRoles: readonly Role[], entity: E, action: Action<E>): boolean {
  const allowed = policy[entity][action] as readonly Role[];
  return userRoles.some((r) => allowed.includes(r));
}

/** Every permission the roles grant, as 'entity:action' strings for the UI. */
export function permissionsOf(userRoles: readonly Role[]): Permission[] {
  const out: Permission[] = [];
  for (const entity of Object.keys(policy) as Entity[]) {
    const actions = policy[entity] as Record<string, readonly Role[]>;
    for (const action of Object.keys(actions)) {
      if (userRoles.some((r) => actions[action]?.includes(r))) out.push(`${entity}:${action}` as Permission);
    }
  }
  return out;
}
