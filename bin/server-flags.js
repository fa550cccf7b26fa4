/**
 * The V8 settings `npm start` runs the server with (package.json's "start" names the same, and a test
 * holds the two together). Left to its defaults, V8 lets a server's heap grow to several times what
 * it holds before collecting, since the machine has memory to spare: under steady load the process
 * grew by about 35 MB per 3,000 requests of garbage. A young generation of 4 MB and a heap that grows
 * by a quarter at a time keep it flat, without a hard cap that a large report could hit, and without
 * `--optimize-for-size`, which kept it flat too but cost the server nearly half its throughput
 * (docs/performance.md, "Memory").
 */
export const serverNodeFlags = ['--max-semi-space-size=4', '--heap-growing-percent=25'];
