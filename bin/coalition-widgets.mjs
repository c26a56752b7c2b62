#!/usr/bin/env node
// The package's command: prerender, image, publish (src/publish/cli.ts, built into dist/lib).
import { main } from '../dist/lib/publish/cli.js';

process.exitCode = await main(process.argv.slice(2));
