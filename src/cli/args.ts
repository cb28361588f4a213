// A small argument reader for the command-line tool: `--name value`, `--flag`, positionals.
// Wrong arguments are a UsageError, which the tool reports with exit code 2.

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export interface ArgSpec {
  /** Options that take a value. */
  values?: readonly string[];
  /** Options that are on/off. */
  flags?: readonly string[];
  /** How many positionals: [min, max]. */
  positionals?: [number, number];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const flags = new Set([...(spec.flags ?? []), 'help']);
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h') {
      options.set('help', true);
      continue;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (flags.has(name)) {
        if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
        options.set(name, true);
      } else if (values.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        options.set(name, value);
      } else {
        throw new UsageError(`unknown option --${name}`);
      }
      continue;
    }
    positionals.push(arg);
  }
  if (options.has('help')) return { positionals, options };
  const [min, max] = spec.positionals ?? [0, 0];
  if (positionals.length < min) throw new UsageError('missing argument');
  if (positionals.length > max) throw new UsageError(`unexpected argument: ${positionals[max]}`);
  return { positionals, options };
}

export function requireOption(args: ParsedArgs, name: string): string {
  const value = args.options.get(name);
  if (typeof value !== 'string') throw new UsageError(`--${name} is required`);
  return value;
}
