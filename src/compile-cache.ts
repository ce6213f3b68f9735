import * as nodeModule from 'node:module';

// Most of a start is Node compiling the packages' code. Node 22.1 and newer can keep what it compiled
// on disk (under the system's temporary folder) for the next start; Node 20 has no such cache and
// starts as before. The entry point imports this file first, before anything large is loaded.
const { enableCompileCache } = nodeModule as { enableCompileCache?: () => unknown };
enableCompileCache?.();
