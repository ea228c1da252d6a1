#!/usr/bin/env node
// The `rapport` command of an installed package: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
