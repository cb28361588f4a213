import { describe, expect, it } from 'vitest';
import { diffSnapshots } from './diff.js';

describe('audit diff', () => {
  it('lists only the fields that changed, with both values', () => {
    expect(
      diffSnapshots(
        { lastName: 'Иванова', subjects: ['Математика'], phone: null },
        { lastName: 'Петрова', subjects: ['Математика'], phone: null },
      ),
    ).toEqual([{ field: 'lastName', before: 'Иванова', after: 'Петрова' }]);
  });

  it('shows a creation as every field appearing and treats missing as empty', () => {
    expect(diffSnapshots(null, { a: 1, b: null })).toEqual([{ field: 'a', before: null, after: 1 }]);
    expect(diffSnapshots({ a: [1, 2] }, { a: [2, 1] })).toEqual([{ field: 'a', before: [1, 2], after: [2, 1] }]);
  });
});
