import { describe, expect, it } from 'vitest';
import { poolOwner } from './network-pool.js';

describe('poolOwner', () => {
  it('is null when no ancestor allows network mentoring', () => {
    expect(poolOwner([])).toBeNull();
    expect(
      poolOwner([
        { id: 'school', depth: 0, crossSchoolMatching: true },
        { id: 'mun', depth: 1, crossSchoolMatching: false },
      ]),
    ).toBeNull();
  });

  it('takes the widest ancestor that allows it', () => {
    expect(
      poolOwner([
        { id: 'school', depth: 0, crossSchoolMatching: false },
        { id: 'mun', depth: 1, crossSchoolMatching: true },
        { id: 'region', depth: 2, crossSchoolMatching: false },
      ]),
    ).toBe('mun');
    expect(
      poolOwner([
        { id: 'region', depth: 2, crossSchoolMatching: true },
        { id: 'mun', depth: 1, crossSchoolMatching: true },
      ]),
    ).toBe('region');
  });
});
