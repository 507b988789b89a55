#!/usr/bin/env node
/**
 * The `cancer-alliance-framework` command. Everything it does is in run.ts; this file connects it to the
 * process: the arguments, the file system, the streams and the exit code.
 */
import { nodeIo } from './node-io.js';
import { runSafely } from './run.js';

process.exitCode = runSafely(process.argv.slice(2), nodeIo);
