#!/usr/bin/env node
import { type ArgSpec, type ParsedArgs, parseArgs, requireOption, UsageError } from './cli/args.js';
import { helps } from './cli/helps.js';
// The command-line tool: `nastavnik <command> [options]`. Wrong arguments exit with code 2.
import { EnvError } from './config/env.js';

interface Command {
  help: string;
  spec: ArgSpec;
  /** Loaded on demand, so `--help` and short commands do not load the whole server. */
  run(args: ParsedArgs): Promise<void>;
}

const commands: Record<string, Command> = {
  serve: { help: helps.serve, spec: {}, run: async () => (await import('./cli/commands/serve.js')).serve() },
  demo: { help: helps.demo, spec: {}, run: async () => (await import('./cli/commands/demo.js')).demo() },
  migrate: { help: helps.migrate, spec: {}, run: async () => (await import('./cli/commands/migrate.js')).migrate() },
  'create-admin': {
    help: helps.createAdmin,
    spec: { values: ['org', 'login', 'password', 'name', 'roles'] },
    run: async (args) => (await import('./cli/commands/create-admin.js')).createAdmin(args),
  },
  match: {
    help: helps.match,
    spec: { values: ['in', 'out', 'mode'] },
    run: async (args) => {
      const { runMatchCli, MatchFileError } = await import('./matching/match-file.js');
      const inPath = requireOption(args, 'in');
      const outPath = requireOption(args, 'out');
      const mode = requireOption(args, 'mode');
      try {
        await runMatchCli({ inPath, outPath, mode });
      } catch (error) {
        if (error instanceof MatchFileError) throw new UsageError(error.message);
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
          throw new UsageError(`cannot read ${inPath}`);
        }
        throw error;
      }
    },
  },
  backup: {
    help: helps.backup,
    spec: { positionals: [1, 1] },
    run: async (args) => (await import('./cli/commands/backup.js')).backup(args),
  },
  'import-staff': {
    help: helps.importStaff,
    spec: { values: ['org'], flags: ['dry-run'], positionals: [1, 1] },
    run: async (args) => (await import('./cli/commands/import-staff.js')).importStaffCommand(args),
  },
  remind: {
    help: helps.remind,
    spec: { values: ['day'], flags: ['dry-run'] },
    run: async (args) => (await import('./cli/commands/remind.js')).remind(args),
  },
  restore: {
    help: helps.restore,
    spec: { flags: ['replace'], positionals: [1, 1] },
    run: async (args) => (await import('./cli/commands/backup.js')).restore(args),
  },
};

const usage = `Наставник — система наставничества педагогических работников

Usage: nastavnik <command> [options]   (nastavnik <command> --help for details)

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(14)} ${c.help.split('\n')[0]?.replace(/^nastavnik [\w-]+ (.*?)— /, '')}`)
  .join('\n')}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command: ${name}\n\n${usage}`);
    return 2;
  }
  try {
    const args = parseArgs(rest, command.spec);
    if (args.options.has('help')) {
      console.log(command.help);
      return 0;
    }
    await command.run(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`nastavnik ${name}: ${error.message}\n\n${command.help}`);
      return 2;
    }
    if (error instanceof EnvError) {
      console.error(`Configuration error — ${error.message}`);
      return 2;
    }
    if (error instanceof Error && error.name === 'DemoRefused') {
      console.error(error.message);
      return 1;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  // Long-running commands (serve, demo) keep the process alive by their open server.
  if (code !== 0) process.exit(code);
});
