import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A deterministic synthetic newsroom archive: N briefings of two accounts each, 8–16 paragraphs
 * per account with quotes and figures, spread over eight outlets. The same N always gives the
 * same bytes (a seeded generator, no clock, no Math.random).
 */

const OUTLETS = [
  ["wire-north", "Wire North", "Norway", "cooperative"],
  ["daily-ledger", "The Daily Ledger", "United Kingdom", "private"],
  ["capital-post", "Capital Post", "United States", "private"],
  ["state-broadcaster", "State Broadcaster", "Russia", "state-funded"],
  ["rundschau", "Rundschau", "Germany", "foundation"],
  ["le-quotidien", "Le Quotidien", "France", "private"],
  ["harbour-times", "Harbour Times", "Singapore", "listed company"],
  ["sentinel", "The Sentinel", "India", "private"],
] as const;
const STANCES = ["affirms", "reports", "questions", "disputes"] as const;
const PLACES = ["Kyiv", "Moscow", "Washington", "Beijing", "Brussels", "Seoul", "Tehran", "Ankara", "Nairobi", "Brasília", "Canberra", "Ottawa"];
const PEOPLE = ["Anna Berg", "Omar Haddad", "Li Wei", "Maria Santos", "John Okafor", "Elena Petrova", "Kenji Sato", "Priya Nair"];
const ROLES = ["the foreign minister", "a defence spokesperson", "the central bank governor", "an opposition leader", "the health minister", "a senior official"];
const TOPICS = ["troop deployment", "grain exports", "interest rates", "election results", "flood relief", "sanctions package", "border talks", "vaccine supply"];
const UNITS = ["troops", "tonnes", "people", "votes", "homes", "doses", "million dollars", "vehicles"];
const VERBS = ["said", "confirmed", "claimed", "told reporters", "stated", "denied", "insisted", "announced"];

export interface ArchiveStats {
  briefings: number;
  accounts: number;
  words: number;
}

export function generateArchive(contentDir: string, briefings: number): ArchiveStats {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(path.join(contentDir, "_data"), { recursive: true });
  writeFileSync(path.join(contentDir, "_data/outlets.yaml"), OUTLETS.map(([key, name, country, ownership]) => `${key}:\n  name: ${name}\n  homepage: https://${key}.example/\n  country: ${country}\n  ownership: ${ownership}\n`).join(""));
  writeFileSync(
    path.join(contentDir, "_data/stances.yaml"),
    STANCES.map((key, i) => `- key: ${key}\n  label: ${key[0]!.toUpperCase()}${key.slice(1)}\n  meaning: Stance ${key}.\n  symbol: "${"▲■◆▼"[i]}"\n`).join(""),
  );
  writeFileSync(path.join(contentDir, "_data/site.yaml"), "title: Parallax benchmark\nurl: https://bench.example/\nlanguage: en\ndescription: A synthetic archive.\n");
  const random = seeded(briefings);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let words = 0;
  for (let b = 0; b < briefings; b++) {
    const slug = `briefing-${String(b).padStart(5, "0")}`;
    const dir = path.join(contentDir, "briefings", slug);
    mkdirSync(dir, { recursive: true });
    const topic = pick(TOPICS);
    const place = pick(PLACES);
    const day = new Date(Date.UTC(2020, 0, 1) + b * 86_400_000 * 0.7).toISOString().slice(0, 10);
    writeFileSync(path.join(dir, "index.md"), `---\ntitle: "${place}: ${topic} ${b}"\nclaim: Officials in ${place} announced a ${topic}.\ntags:\n  - ${topic}\n  - ${place}\n---\n`);
    const outletA = b % OUTLETS.length;
    const outletB = (b * 3 + 1) % OUTLETS.length === outletA ? (outletA + 1) % OUTLETS.length : (b * 3 + 1) % OUTLETS.length;
    for (const outlet of [OUTLETS[outletA]!, OUTLETS[outletB]!]) {
      const paragraphs: string[] = [];
      const count = 8 + Math.floor(random() * 9);
      for (let p = 0; p < count; p++) {
        const person = pick(PEOPLE);
        const figure = (1 + Math.floor(random() * 90)) * (random() < 0.5 ? 100 : 1000);
        const sentences = [
          `${person}, ${pick(ROLES)}, ${pick(VERBS)} that the ${topic} in ${place} would involve ${figure.toLocaleString("en-US")} ${pick(UNITS)}.`,
          `“We are watching the ${topic} closely and we will respond,” ${person.split(" ")[1]} ${pick(VERBS)}.`,
          `Officials in ${pick(PLACES)} ${pick(VERBS)} the reports about the ${topic} on ${pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])}.`,
          `The ${topic} follows months of tension between ${place} and ${pick(PLACES)}, according to analysts who follow the region.`,
        ];
        const paragraph = sentences.slice(0, 2 + Math.floor(random() * 3)).join(" ");
        words += paragraph.split(/\s+/).length;
        paragraphs.push(paragraph);
      }
      const [key, name] = outlet;
      writeFileSync(
        path.join(dir, `${key}.md`),
        `---\noutlet: ${key}\ntitle: "${name} on the ${topic} in ${place}"\ndate: ${day}\nstance: ${pick(STANCES)}\nurl: https://${key}.example/${slug}\n---\n${paragraphs.join("\n\n")}\n`,
      );
    }
  }
  return { briefings, accounts: briefings * 2, words };
}

/** mulberry32: small, fast and deterministic. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
