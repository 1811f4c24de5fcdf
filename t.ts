import { measureTopicQuality } from './tests/helpers/topic-quality.ts';
const r = measureTopicQuality('holdout');
for (const [k, v] of Object.entries(r)) { const ok = 'sharing' in v ? v.sharing : 'disjoint' in v ? v.disjoint : v.hits; const n = 'pairs' in v ? v.pairs : v.papers; console.log(k, ok, '/', n, (100*ok/n).toFixed(1)+'%'); for (const m of v.misses) console.log('   ', m); }
