/**
 * `promptops db migrate --store postgres://…`: create or upgrade the Postgres registry schema, for
 * teams that migrate explicitly (the store also does it on first use).
 * @module
 */
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import type { CommandContext, CommandModule } from '../command.js';
import { withExamples } from '../command-kit.js';
import { isPostgresUrl, redactUrl } from '../registry-args.js';

interface MigrateFlags {
  store?: string;
  schema?: string;
}

/** Registers `db` (`db migrate`). */
export const dbCommand: CommandModule = (program: Command, context: CommandContext) => {
  const db = program.command('db').description('manage the database of a Postgres registry');
  const migrate = db
    .command('migrate')
    .description('create or upgrade the promptops tables (safe to run again, and from several machines at once)')
    .requiredOption('--store <url>', 'postgres://user@host:5432/database')
    .option('--schema <name>', 'the PostgreSQL schema holding the tables', 'promptops');
  withExamples(
    migrate,
    ['promptops db migrate --store postgres://prompts@db:5432/prompts'],
    `
Exit codes: 0 migrated, 1 the database refused or cannot be reached, 2 usage.
--json prints { store, schema, schemaVersion }.`,
  );
  migrate.action(async (flags: MigrateFlags, cmd: Command) => {
    const output = context.output(cmd);
    const url = flags.store ?? '';
    if (!isPostgresUrl(url)) throw new ConfigError('--store takes a postgres:// URL', { option: 'store' });
    const { migratePostgres, POSTGRES_SCHEMA_VERSION } = await import('../../stores/postgres.js');
    await migratePostgres({ connectionString: url, ...(flags.schema === undefined ? {} : { schema: flags.schema }) });
    const result = {
      store: redactUrl(url),
      schema: flags.schema ?? 'promptops',
      schemaVersion: POSTGRES_SCHEMA_VERSION,
    };
    output.result(result, () => {
      output.line(
        `${output.style('green', '✓')} schema "${result.schema}" is at version ${result.schemaVersion} in ${result.store}`,
      );
    });
  });
};
