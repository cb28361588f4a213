#!/usr/bin/env node
import { type ArgSpec, type ParsedArgs, parseArgs, UsageError } from './cli/args.js';
import { createAdmin, createAdminHelp, createAdminSpec } from './cli/commands/create-admin.js';
import { DemoRefused, demo, demoHelp } from './cli/commands/demo.js';
import { migrate, migrateHelp } from './cli/commands/migrate.js';
import { serve, serveHelp } from './cli/commands/serve.js';
// The command-line tool: `nastavnik <command> [options]`. Wrong arguments exit with code 2.
import { EnvError } from './config/env.js';

interface Command {
  help: string;
  spec: ArgSpec;
  run(args: ParsedArgs): Promise<void>;
}

const commands: Record<string, Command> = {
  serve: { help: serveHelp, spec: {}, run: serve },
  demo: { help: demoHelp, spec: {}, run: demo },
  migrate: { help: migrateHelp, spec: {}, run: migrate },
  'create-admin': { help: createAdminHelp, spec: createAdminSpec, run: createAdmin },
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
    if (error instanceof DemoRefused) {
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
