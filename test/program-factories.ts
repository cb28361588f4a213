// A school with an agreed pair, for the tests of programs: a curator, a mentee with a difficulty, a
// mentor, a second mentor who may take the pair over, and a way to call the organization's API.
import { catalogIds, consentingStaff } from './bank-factories.js';
import { orgWithUser } from './factories.js';
import type { TestApp } from './harness.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export async function agreedPair(t: TestApp) {
  const { org, cookie } = await orgWithUser(t, ['curator']);
  const db = t.database.db;
  const [d1] = await catalogIds(db, org.id);
  const call = async (method: Method, path: string, body?: object, as = cookie) =>
    t.request({ method, url: `/api/v1/orgs/${org.id}/${path}`, cookie: as, ...(body ? { body } : {}) });
  const menteePerson = await consentingStaff(db, org.id, ['personal-data']);
  const mentorPerson = await consentingStaff(db, org.id, ['personal-data', 'mentor-role']);
  const secondPerson = await consentingStaff(db, org.id, ['personal-data', 'mentor-role']);
  const mentee = (
    await call('POST', 'mentees', {
      staffId: menteePerson.id,
      category: 'young-specialist',
      difficulties: [{ id: d1, priority: 1 }],
    })
  ).json();
  const mentor = (await call('POST', 'mentors', { staffId: mentorPerson.id, competences: [d1] })).json();
  const second = (await call('POST', 'mentors', { staffId: secondPerson.id, competences: [d1] })).json();
  const group = (
    await call('POST', 'groups', { mentorId: mentor.id, menteeIds: [mentee.id], forms: ['traditional'] })
  ).json();
  let version = group.version;
  for (const participantId of [mentor.id, mentee.id]) {
    const res = await call('POST', `groups/${group.id}/agreements`, { participantId, decision: 'agreed', version });
    if (res.statusCode !== 200) throw new Error(`agreement refused: ${res.body}`);
    version = res.json().version;
  }
  return { org, cookie, call, group, mentee, mentor, second, menteePerson, mentorPerson, secondPerson, d1 };
}
