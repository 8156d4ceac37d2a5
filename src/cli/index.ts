#!/usr/bin/env node
/** The command-line entry: `npm run --silent cli -- <command> …` (see `cli.usage`). */
import { readFileSync } from 'node:fs';
import { BUNDLED_PACKS_DIR } from './cli-context';
import { runCliAsync } from './run-cli';

void runCliAsync(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (file) => readFileSync(file, 'utf8'),
  },
  { lang: process.env['OCOP_LANG'], packsDir: BUNDLED_PACKS_DIR },
).then((code) => {
  process.exitCode = code;
});
