// Test data for questionnaires: a small survey of every question type, created and opened through
// the API so route tests start from a state the product itself made.
import { expect } from 'vitest';
import type { TestApp } from './harness.js';

export const surveysUrl = (orgId: string, rest = '') => `/api/v1/orgs/${orgId}/surveys${rest}`;

export function surveyBody(overrides: Record<string, unknown> = {}) {
  const year = new Date().getFullYear();
  return {
    title: 'Качество программы',
    kind: 'satisfaction',
    anonymous: false,
    opensOn: `${year - 1}-01-01`,
    closesOn: `${year + 1}-12-31`,
    questions: [
      {
        id: 'form',
        text: 'Какая форма подошла?',
        type: 'single',
        required: true,
        options: [
          { id: 'trad', text: 'Один на один' },
          { id: 'group', text: 'В группе' },
        ],
      },
      { id: 'useful', text: 'Польза встреч', type: 'scale5', required: true },
      { id: 'wish', text: 'Что изменить?', type: 'text' },
    ],
    ...overrides,
  };
}

/** Creates a survey as the given curator and opens it; returns its id. */
export async function openSurvey(t: TestApp, orgId: string, cookie: string, overrides: Record<string, unknown> = {}) {
  const created = await t.request({ method: 'POST', url: surveysUrl(orgId), cookie, body: surveyBody(overrides) });
  expect(created.statusCode).toBe(201);
  const id: string = created.json().id;
  const opened = await t.request({
    method: 'POST',
    url: surveysUrl(orgId, `/${id}/open`),
    cookie,
    body: { version: 1 },
  });
  expect(opened.statusCode).toBe(200);
  return id;
}
