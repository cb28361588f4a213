// bench:documents — how long one order takes to render, as Word and as PDF, for every kind and for
// a large order on sixty pairs, against a baseline: the one-page consent form, the simplest Word
// document the product makes. Median of repeated runs after a warm-up. Target: ≤ 100 ms each.
import { performance } from 'node:perf_hooks';
import { consentDocument } from '../src/consents/consent-document.js';
import { buildOrderContent, type OrderFacts } from '../src/orders/order-content.js';
import { orderKinds } from '../src/orders/order-contract.js';
import { type OrderDocument, orderDocument } from '../src/orders/order-document.js';
import { renderOrderDocx } from '../src/orders/order-docx.js';
import { sampleFacts } from '../src/orders/order-fixtures.js';
import { renderOrderPdf } from '../src/orders/order-pdf.js';
import { renderPaperDocx } from '../src/orders/paper-docx.js';

const targetMs = 100;
const runs = Number(process.env.BENCH_RUNS ?? 15);

async function median(render: () => Promise<unknown>): Promise<number> {
  await render();
  await render();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function documentOf(facts: OrderFacts): OrderDocument {
  const { title, content } = buildOrderContent(facts);
  return orderDocument({ title, content, number: '187-од', date: '2025-09-20' });
}

function manyPairs(count: number): OrderFacts {
  const facts = sampleFacts('groups');
  const [first] = facts.groups;
  if (!first) throw new Error('no sample group');
  facts.groups = Array.from({ length: count }, (_, i) => ({
    ...first,
    id: `g${i}`,
    mentor: { ...first.mentor, lastName: `Наставникова-${i + 1}` },
  }));
  return facts;
}

async function main() {
  const baseline = await median(() =>
    renderPaperDocx(
      consentDocument({
        kind: 'personal-data',
        org: {
          fullName: 'МАОУ СОШ № 7',
          address: 'г. Заречный',
          directorName: 'Е. А. Лаптева',
          directorPosition: 'Директор',
        },
        person: { fullName: 'Орлова Дарья Викторовна', position: 'учитель' },
        givenOn: '2025-09-01',
        fields: [],
        note: null,
      }),
    ),
  );
  console.log(
    `documents: median of ${runs} runs; baseline (consent form, .docx) ${baseline.toFixed(1)} ms; target ≤ ${targetMs} ms`,
  );
  const cases: [string, OrderFacts][] = [
    ...orderKinds.map((kind): [string, OrderFacts] => [kind, sampleFacts(kind)]),
    ['groups, 60 pairs', manyPairs(60)],
  ];
  let allMet = true;
  for (const [label, facts] of cases) {
    const doc = documentOf(facts);
    const docx = await median(() => renderOrderDocx(doc));
    const pdf = await median(() => renderOrderPdf(doc));
    const met = docx <= targetMs && pdf <= targetMs;
    allMet &&= met;
    console.log(
      `  ${label.padEnd(18)} docx ${docx.toFixed(1).padStart(6)} ms (${(docx / baseline).toFixed(1)}× baseline) | pdf ${pdf
        .toFixed(1)
        .padStart(6)} ms (${(pdf / baseline).toFixed(1)}× baseline) | ${met ? 'MET' : 'NOT MET'}`,
    );
  }
  console.log(allMet ? 'all targets met' : 'SOME TARGETS NOT MET');
  if (!allMet) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
