#!/usr/bin/env node
// Entry point of the `kiosk` command. The CLI is TypeScript run through tsx, so a fresh
// `npm ci` is all it needs: no build step between a change and the command.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
