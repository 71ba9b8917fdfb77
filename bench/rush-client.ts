import { Agent, request } from 'node:http';

export type Answer = { status: number; body: string; ms: number };

/**
 * A keep-alive HTTP client with a fixed number of sockets, used for both the race and its baseline
 * so the ratio compares the server's work, not two different clients.
 */
export function createClient(base: string, sockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const url = new URL(base);
  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const started = performance.now();
      const req = request(
        { agent, host: url.hostname, port: url.port, method, path, headers },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
          });
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: text, ms: performance.now() - started }),
          );
        },
      );
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  return { send, close: () => agent.destroy() };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}

/** A valid synthetic national register number (check digits by the published rule) for client i. */
export function syntheticNrn(i: number): string {
  const born = new Date(Date.UTC(1950, 0, 1) + (i % 15_000) * 86_400_000);
  const yymmdd = born.toISOString().slice(2, 10).replaceAll('-', '');
  const nine = `${yymmdd}${String(1 + Math.floor(i / 15_000) * 2 + (i % 2)).padStart(3, '0')}`;
  const check = 97 - Number(BigInt(nine) % 97n);
  return `${nine}${String(check).padStart(2, '0')}`;
}
