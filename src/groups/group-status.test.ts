import { describe, expect, it } from 'vitest';
import { statusFromDecisions } from './group-status.js';

describe('statusFromDecisions', () => {
  it('waits while anyone is pending', () => {
    expect(statusFromDecisions(['agreed', 'pending'], null)).toBe('proposed');
    expect(statusFromDecisions(['agreed', 'agreed'], 'pending')).toBe('proposed');
  });

  it('agrees only when every participant and the mentor’s school agreed', () => {
    expect(statusFromDecisions(['agreed', 'agreed'], null)).toBe('agreed');
    expect(statusFromDecisions(['agreed', 'agreed'], 'agreed')).toBe('agreed');
  });

  it('declines on any refusal, the school’s included', () => {
    expect(statusFromDecisions(['declined', 'pending'], null)).toBe('declined');
    expect(statusFromDecisions(['agreed', 'agreed'], 'declined')).toBe('declined');
  });
});
