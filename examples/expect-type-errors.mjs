// Negative type tests for templates that cannot hold a `@ts-expect-error` (Svelte markup, Angular
// templates): runs a type check over a folder of deliberate mistakes and passes only if the check
// reports an error on every line marked `expect-error:`, and on no other line.
//
// Usage (from an example): node ../expect-type-errors.mjs <folder> -- <type-check command…>
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const [folder, separator, command, ...args] = process.argv.slice(2);
if (!folder || separator !== '--' || !command) {
  console.error('usage: node expect-type-errors.mjs <folder> -- <command…>');
  process.exit(2);
}

const expected = new Set();
for (const file of readdirSync(folder)) {
  readFileSync(join(folder, file), 'utf8')
    .split('\n')
    .forEach((line, i) => /expect-error:/.test(line) && expected.add(`${file}:${i + 1}`));
}
if (expected.size === 0) {
  console.error(`no line in ${folder} is marked expect-error:`);
  process.exit(1);
}

const run = spawnSync(command, args, { encoding: 'utf8', shell: false });
const output = stripVTControlCharacters(`${run.stdout ?? ''}${run.stderr ?? ''}`);
const reported = new Set();
for (const match of output.matchAll(/ERROR "([^"]+)" (\d+):\d+/g)) reported.add(`${basename(match[1])}:${match[2]}`); // svelte-check --output machine
for (const match of output.matchAll(/([\w./-]+\.(?:ts|html|svelte)):(\d+):\d+ - error/g)) reported.add(`${basename(match[1])}:${match[2]}`); // tsc, ngc

const missed = [...expected].filter((at) => !reported.has(at));
const unexpected = [...reported].filter((at) => !expected.has(at));
if (run.status === 0 || missed.length || unexpected.length) {
  console.error(output.trim());
  if (run.status === 0) console.error(`\n${command} passed, but the mistakes in ${folder} must fail it`);
  if (missed.length) console.error(`\nno type error where one is expected: ${missed.join(', ')}`);
  if (unexpected.length) console.error(`\ntype errors where none is expected: ${unexpected.join(', ')}`);
  process.exit(1);
}
console.log(`${[command, ...args].join(' ')}: the ${expected.size} mistakes in ${folder} are type errors, as they should be`);
