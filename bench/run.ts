import { benchBoot } from './boot.ts';
import { benchDispatch } from './dispatch.ts';
import { benchHttp } from './http.ts';

/** `npm run bench -- <name>`: runs one benchmark and prints its one JSON object. */
const BENCHES: Record<string, () => Promise<Record<string, unknown>>> = {
  http: benchHttp,
  dispatch: () => benchDispatch(process.argv.slice(3)),
  boot: benchBoot,
  web: async () => (await import('./web.ts')).benchWeb(),
  rush: async () => (await import('./rush.ts')).benchRush(),
  library: async () => (await import('./library.ts')).benchLibrary(process.argv.slice(3)),
};

const name = process.argv[2] ?? '';
const bench = BENCHES[name];
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}>`);
  process.exit(2);
}
const result = await bench();
console.log(JSON.stringify(result, null, 2));
