#!/usr/bin/env node
/**
 * The `cancer-alliance-framework` command. Everything it does is in run.ts; this file connects it to the
 * process: the arguments, the file system, the streams and the exit code.
 */
import { EXIT } from './io.js';
import { nodeIo, streamsHaveFailed, watchStreams } from './node-io.js';
import { runSafely } from './run.js';

watchStreams();
const code = runSafely(process.argv.slice(2), nodeIo);
// A stream that failed during the run (its 'error' event may also come later, and sets the code itself) wins.
process.exitCode = streamsHaveFailed() ? EXIT.streams : code;
