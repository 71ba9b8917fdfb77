import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAnalysis } from './library-analysis.ts';
import { benchMemory } from './library-memory.ts';
import { dropScratch } from './library-memory-load.ts';

/**
 * `npm run bench -- library [--parts search,memory,analysis] [--size N] [--queries N] [--documents N]
 * [--keep] [--match-cap N] [--fresh] [--drop] [--out DIR]`: issue 5's three figures in one JSON object. Search over generated
 * library documents (`bench/library-search.ts`), translation-memory lookup at N segments (default
 * 1,000,000) with recall against a brute-force scan, and the analysis of a 5,000-word letter against
 * that memory. The memory lives in the scratch database `wegwijs_bench_library`, reused by the next
 * run when size and seed match (`--fresh` rebuilds it, `--drop` drops it at the end). With `--keep`
 * the generated search library is kept too, in `wegwijs_bench_search_<documents>`, and reused by the
 * next run of that size.
 */
export async function benchLibrary(argv: readonly string[]): Promise<Record<string, unknown>> {
  const parts = new Set((flag(argv, '--parts') ?? 'search,memory,analysis').split(','));
  const size = Number(flag(argv, '--size') ?? 1_000_000);
  const out = flag(argv, '--out');
  const result: Record<string, unknown> = { bench: 'library', startedAt: new Date().toISOString() };
  if (parts.has('search')) result.search = await search(argv);
  try {
    if (parts.has('memory')) {
      result.memory = await benchMemory({
        size,
        queries: Number(flag(argv, '--queries') ?? 100),
        seed: 20261126,
        fresh: argv.includes('--fresh'),
      });
    }
    if (parts.has('analysis')) result.analysis = await benchAnalysis(5000);
  } finally {
    if (argv.includes('--drop')) await dropScratch();
  }
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'library.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
  return result;
}

/** The search part is another file; absent, the JSON says so instead of failing the run. */
async function search(argv: readonly string[]): Promise<unknown> {
  if (!existsSync(new URL('./library-search.ts', import.meta.url)))
    return 'absent: bench/library-search.ts does not exist yet';
  const { benchLibrarySearch } = await import('./library-search.ts');
  const documents = flag(argv, '--documents');
  const matchCap = flag(argv, '--match-cap');
  return benchLibrarySearch({
    ...(documents ? { documents: Number(documents) } : {}),
    ...(matchCap ? { matchCap: Number(matchCap) } : {}),
    keep: argv.includes('--keep'),
  });
}

function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}
