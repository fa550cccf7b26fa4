/**
 * The load generator: `connections` keep-alive connections (node:http, one Agent), each sending the
 * next request as soon as the last answer ends, for a number of seconds. It runs in the benchmark's
 * process, never in the server's.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Target {
  url: string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  /** Answers other than 2xx, and requests that failed. */
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean body size in bytes, as sent on the wire. */
  bytes: number;
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request, the body read to the end (not decompressed). */
export function request(target: Target, options: { agent?: http.Agent; method?: string; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = http.request(target.url, { method: options.method ?? 'GET', headers: target.headers, agent: options.agent, timeout: 120_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    sent.on('timeout', () => sent.destroy(new Error(`timed out: ${target.url}`)));
    sent.on('error', reject);
    sent.end(options.body);
  });
}

export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

/** Loads one target and summarises throughput and latency (milliseconds). */
export async function runLoad(target: Target, options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const start = performance.now();
  const end = start + options.seconds * 1000;
  const connection = async () => {
    while (performance.now() < end) {
      const sentAt = performance.now();
      try {
        const answer = await request(target, { agent });
        if (answer.status < 200 || answer.status >= 300) errors++;
        bytes += answer.body.length;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - sentAt);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, connection));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    bytes: latencies.length > 0 ? Math.round(bytes / latencies.length) : 0,
  };
}
