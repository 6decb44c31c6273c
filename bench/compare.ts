/**
 * Benchmark: median time to compare two ~1,000-word accounts after warm-up (target: under 5 ms).
 * Run with `npx tsx bench/compare.ts`. The accounts are generated from a seeded random source, so
 * every run compares the same text: news-like sentences with names, places, figures and quotations,
 * half of them paraphrased between the two accounts.
 */
import { compareAccounts, type CompareInput } from "../src/compare/index.ts";

/** Enough runs for V8 to optimise the hot functions before timing starts. */
const WARM_UP = 100;
const RUNS = 300;
const WORDS_PER_ACCOUNT = 1000;

/** mulberry32: a small seeded generator, so the benchmark text never changes. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ["Defense Secretary Lloyd Austin", "Foreign Minister Annalena Baerbock", "President Emmanuel Macron", "spokesman Dmitry Peskov", "Prime Minister Keir Starmer"];
const SURNAMES = ["Austin", "Baerbock", "Macron", "Peskov", "Starmer"];
const PLACES = ["Washington", "Pyongyang", "the Kremlin", "Kyiv", "Beijing", "Brussels", "Seoul", "Berlin", "Paris", "Tehran"];
const VERBS = [["said", "stated"], ["confirmed", "verified"], ["denied", "rejected"], ["claimed", "alleged"], ["warned", "cautioned"]];
const NOUNS = [["troops", "soldiers"], ["weapons", "arms"], ["talks", "negotiations"], ["sanctions", "penalties"], ["attack", "assault"], ["agreement", "deal"]];
const OBJECTS = ["the border region", "the capital", "the northern province", "the coastal city", "the disputed territory", "the port"];
const QUOTES = [
  "We will not accept any escalation of this conflict",
  "This is a very serious issue for the whole region",
  "The evidence is clear and we are following it closely",
  "There is no basis for these accusations",
];

function sentence(random: () => number, variant: 0 | 1, i: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const who = Math.floor(random() * PEOPLE.length);
  const verb = pick(VERBS)[variant];
  const noun = pick(NOUNS)[variant];
  const figure = (1 + Math.floor(random() * 90)) * 100;
  switch (i % 4) {
    case 0:
      return `${PEOPLE[who]} ${verb} on Tuesday that ${figure.toLocaleString("en-US")} ${noun} had been moved to ${pick(OBJECTS)} near ${pick(PLACES)}.`;
    case 1:
      return `“${pick(QUOTES)},” ${SURNAMES[who]} ${verb} in ${pick(PLACES)}, adding that officials were preparing new ${noun}.`;
    case 2:
      return `Officials in ${pick(PLACES)} ${verb} reports that ${pick(PLACES)} had sent ${noun} to ${pick(OBJECTS)}, calling them groundless.`;
    default:
      return `According to ${pick(PLACES)}, about ${figure} ${noun} were involved, and ${Math.floor(random() * 60)} percent of them came from ${pick(OBJECTS)}.`;
  }
}

function account(id: string, variant: 0 | 1): CompareInput {
  // The same seed for the shared half, so the accounts report the same events in other words.
  const shared = seeded(7);
  const own = seeded(variant === 0 ? 11 : 13);
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < WORDS_PER_ACCOUNT; i++) {
    const text = [0, 1, 2].map((k) => sentence(i % 2 === 0 ? shared : own, variant, i * 3 + k)).join(" ");
    paragraphs.push(text);
    words += text.split(/\s+/u).length;
  }
  return { id, outlet: id, lang: "en", title: variant === 0 ? "Pentagon confirms troop movements" : "Kremlin denies troop movements", paragraphs };
}

const a = account("first", 0);
const b = account("second", 1);
const countWords = (x: CompareInput) => x.paragraphs.join(" ").split(/\s+/u).length;

const start = performance.now();
compareAccounts([a, b]);
const firstRun = performance.now() - start;
for (let i = 0; i < WARM_UP; i++) compareAccounts([a, b]);
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const cpuBefore = process.cpuUsage();
  const t0 = performance.now();
  compareAccounts([a, b]);
  wall.push(performance.now() - t0);
  const used = process.cpuUsage(cpuBefore);
  cpu.push((used.user + used.system) / 1000);
}
const quantile = (values: number[], q: number) => [...values].sort((x, y) => x - y)[Math.floor(values.length * q)]!;
console.log(`accounts: ${countWords(a)} and ${countWords(b)} words`);
console.log(`first run (loads lemmatiser, gazetteer, synonyms): ${firstRun.toFixed(1)} ms`);
console.log(`median of ${RUNS} runs after warm-up: ${quantile(wall, 0.5).toFixed(2)} ms (p90 ${quantile(wall, 0.9).toFixed(2)} ms; CPU time median ${quantile(cpu, 0.5).toFixed(2)} ms)`);
