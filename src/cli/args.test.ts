import { describe, expect, it } from 'vitest';
import { parseArgs, requireOption, UsageError } from './args.js';

describe('command-line arguments', () => {
  const spec = { values: ['org', 'mode'], flags: ['dry-run'], positionals: [1, 1] as [number, number] };

  it('reads values, flags and positionals', () => {
    const args = parseArgs(['staff.xlsx', '--org', 'abc', '--dry-run', '--mode=stable'], spec);
    expect(args.positionals).toEqual(['staff.xlsx']);
    expect(args.options.get('org')).toBe('abc');
    expect(args.options.get('mode')).toBe('stable');
    expect(args.options.get('dry-run')).toBe(true);
    expect(requireOption(args, 'org')).toBe('abc');
  });

  it.each([
    [['file', '--unknown']],
    [['file', '--org']],
    [['file', '--dry-run=yes']],
    [[]],
    [['a', 'b']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseArgs(argv, spec)).toThrow(UsageError);
  });

  it('lets --help through whatever else is missing', () => {
    expect(parseArgs(['--help'], spec).options.get('help')).toBe(true);
  });
});
