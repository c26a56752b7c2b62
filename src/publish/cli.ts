/// <reference types="node" />
// The `coalition-widgets` command (package.json `bin`): publishing the kit's widgets beyond the live
// page. Plain Node, no browser.
import { readFile, writeFile } from 'node:fs/promises';
import { prerender } from './prerender.js';

const usage = `Usage:
  coalition-widgets prerender <in.html> [-o out.html] [--root <dir>]
      Pre-renders every widget of the kit in an HTML file (to standard output without -o). A story's
      src is read as a file: relative to the page, or, from /, under --root (the site's folder; default .).
  coalition-widgets image <tag> [name=value …] -o <file.png|file.svg> [--width 600] [--scale 2] [--story <file|url>]
      The widget as a still image, with its text alternative in <file>.txt.
  coalition-widgets publish <tag> [name=value …] -o <dir/> --url <where dir/ will be served> [--width 600] [--story <file|url>]
      A static embed folder: the pre-rendered embed page, oembed.json, the image and the data as CSV.

Attributes are the widget's own (quote=healey-post, layout=compact, highlight=UK, theme=dark).
Exit status: 0 done, 1 a widget shows an error (a story or an option it cannot use), 2 a usage or file error.`;

export class UsageError extends Error {}

/** Splits `args` into positional words and `--name value` / `-o value` options. */
export function readArguments(
  args: string[],
  optionNames: string[],
): { words: string[]; options: Record<string, string> } {
  const words: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg === '-o' ? 'output' : arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name === undefined) {
      words.push(arg);
      continue;
    }
    if (!optionNames.includes(name)) throw new UsageError(`unknown option ${arg}`);
    const value = args[++i];
    if (value === undefined) throw new UsageError(`${arg} needs a value`);
    options[name] = value;
  }
  return { words, options };
}

async function prerenderCommand(args: string[]): Promise<number> {
  const { words, options } = readArguments(args, ['output', 'root']);
  if (words.length !== 1) throw new UsageError('prerender takes one HTML file');
  const [input] = words;
  let html: string;
  try {
    html = await readFile(input, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${input} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const result = await prerender(html, { page: input, root: options.root ?? '.' });
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  for (const problem of result.problems) console.error(`error: ${problem}`);
  if (options.output) await writeFile(options.output, result.html);
  else process.stdout.write(result.html);
  console.warn(
    `prerender: ${result.widgets} widget${result.widgets === 1 ? '' : 's'} pre-rendered${options.output ? ` into ${options.output}` : ''}` +
      `${result.problems.length ? `, ${result.problems.length} in their error state` : ''}.`,
  );
  return result.problems.length ? 1 : 0;
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  prerender: prerenderCommand,
};

export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`coalition-widgets ${name}: ${error.message}\n\n${usage}`);
    return 2;
  }
}
