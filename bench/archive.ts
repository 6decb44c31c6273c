import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A deterministic synthetic newsroom archive: N briefings of two accounts each, 8–16 paragraphs
 * per account with quotes and figures, spread over eight outlets. The same N always gives the
 * same bytes (a seeded generator, no clock, no Math.random).
 *
 * Two accounts of a briefing report one event the way two outlets do: they share part of its
 * facts, each in its own words (other verbs, rounded figures, a quotation cut short), and each
 * adds background and reactions of its own. Facts, names and background are drawn per event from
 * word banks large enough that unrelated sentences seldom share more than a word, so the
 * comparison meets what it meets in real news (the hand-labelled sample pair aligns 7 sentence
 * pairs), not every sentence resembling every other.
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
const PLACES = ["Kyiv", "Moscow", "Washington", "Beijing", "Brussels", "Seoul", "Tehran", "Ankara", "Nairobi", "Brasília", "Canberra", "Ottawa", "Jakarta", "Lagos", "Lima", "Hanoi", "Warsaw", "Cairo", "Manila", "Oslo"];
const FIRST_NAMES = ["Anna", "Omar", "Wei", "Maria", "John", "Elena", "Kenji", "Priya", "Tomasz", "Amara", "Lucas", "Fatima", "Hiroshi", "Ingrid", "Carlos", "Nadia", "Samuel", "Leila", "Viktor", "Grace", "Arjun", "Chloe", "Dmitri", "Aisha"];
const SURNAMES = ["Berg", "Haddad", "Li", "Santos", "Okafor", "Petrova", "Sato", "Nair", "Kowalski", "Mensah", "Moreau", "Rahman", "Tanaka", "Lund", "Ortega", "Karimi", "Adeyemi", "Farouk", "Novak", "Whitfield", "Mehta", "Dubois", "Volkov", "Bello"];
const ROLES = ["the foreign minister", "a defence spokesperson", "the central bank governor", "an opposition leader", "the health minister", "a senior official", "the interior minister", "a regional governor", "the trade commissioner", "a police commander"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Per topic: the desk that covers it, what is counted, what happens to it, and the nouns reports of it use. */
const TOPICS = [
  { name: "troop deployment", desk: "Security", unit: "troops", moved: ["deployed", "sent"], nouns: ["brigade", "convoy", "garrison", "exercise", "frontier"] },
  { name: "grain exports", desk: "Economy", unit: "tonnes of grain", moved: ["shipped", "exported"], nouns: ["harvest", "corridor", "silo", "freighter", "terminal"] },
  { name: "interest rates", desk: "Economy", unit: "basis points", moved: ["raised", "lifted"], nouns: ["inflation", "lender", "mortgage", "currency", "bond"] },
  { name: "election results", desk: "Politics", unit: "votes", moved: ["counted", "tallied"], nouns: ["ballot", "turnout", "coalition", "constituency", "recount"] },
  { name: "flood relief", desk: "Climate", unit: "people", moved: ["evacuated", "moved to safety"], nouns: ["levee", "rainfall", "shelter", "riverbank", "pump"] },
  { name: "sanctions package", desk: "Economy", unit: "companies", moved: ["listed", "blacklisted"], nouns: ["embargo", "asset", "exporter", "loophole", "tariff"] },
  { name: "border talks", desk: "Politics", unit: "delegates", moved: ["invited", "brought in"], nouns: ["checkpoint", "ceasefire", "treaty", "mediator", "crossing"] },
  { name: "vaccine supply", desk: "Health", unit: "doses", moved: ["delivered", "distributed"], nouns: ["clinic", "booster", "shipment", "pharmacy", "outbreak"] },
  { name: "port strike", desk: "Economy", unit: "dockworkers", moved: ["called out", "mobilised"], nouns: ["container", "wage", "union", "crane", "backlog"] },
  { name: "wildfire season", desk: "Climate", unit: "hectares", moved: ["burned", "scorched"], nouns: ["blaze", "firefighter", "drought", "evacuation", "smoke"] },
  { name: "power outage", desk: "Infrastructure", unit: "households", moved: ["cut off", "left without power"], nouns: ["grid", "substation", "generator", "blackout", "turbine"] },
  { name: "rail expansion", desk: "Infrastructure", unit: "kilometres of track", moved: ["approved", "planned"], nouns: ["station", "tunnel", "contractor", "commuter", "timetable"] },
] as const;

/** Background and reaction, combined from banks at random: each outlet's own material. */
const SUBJECTS = ["Critics of the government", "Local residents", "Business groups", "Diplomats", "Independent economists", "Aid agencies", "Opposition lawmakers", "Veteran observers", "Trade unions", "Neighbouring governments", "Rights groups", "Market analysts", "Farmers", "Teachers", "Retired generals", "Shipping firms", "Church leaders", "Students", "Insurers", "Hospital staff", "Exporters", "Pensioners", "Regional mayors", "Former ministers"];
const CLAIMS = ["have long warned about", "questioned the timing of", "welcomed", "demanded an inquiry into", "raised concerns over", "predicted disputes over", "pointed to the cost of", "called for transparency about", "expressed doubts regarding", "urged caution on", "protested against", "lobbied for", "campaigned against", "published a study of", "filed a complaint about", "organised a petition on", "praised", "criticised", "mocked", "defended"];
const QUALITIES = ["delayed", "rising", "disputed", "secret", "regional", "coastal", "rural", "emergency", "provisional", "ageing", "northern", "southern", "overdue", "expensive", "temporary", "controversial", "municipal", "seasonal", "informal", "federal", "chronic", "unpaid", "offshore", "private", "voluntary", "bilateral", "digital", "historic", "flawed", "renewed"];
const THINGS = ["budget", "pensions", "fuel prices", "housing", "court ruling", "security pact", "currency", "constitution", "cabinet", "insurance", "fishing quota", "unemployment", "mining licence", "tax code", "water supply", "subsidies", "broadband", "school meals", "tourism", "debt", "census", "railway", "hospitals", "customs", "copper mine", "wind farm", "fertiliser", "airport", "steel plant", "tram line", "dairy sector", "harbour", "textile mills", "coal exports", "privatisation", "minimum wage", "visa rules", "dam project", "bank levy", "forestry"];
const CODAS = ["citing documents seen by this newspaper", "in a statement published overnight", "during a televised debate", "in interviews with local media", "at a press conference", "according to a survey", "in a letter to parliament", "on social media", "after a closed meeting", "in remarks to an industry forum", "in an open letter", "at a rally", "in a radio interview", "in a report", "before a hearing", "in a podcast", "at a summit", "in an op-ed", "during a strike", "at a vigil"];
const QUOTE_OPENINGS = ["We will not accept", "Nobody should be surprised by", "We are deeply worried about", "The public deserves answers on", "There is no evidence of", "We remain committed to"];
const QUOTE_ENDINGS = ["any further delay", "what happened this week", "the way this was handled", "the consequences for ordinary families", "a decision taken behind closed doors", "a lasting settlement"];
/** Syllables of invented names: the villages, firms and bodies a story mentions once. */
const SYLLABLES = ["ka", "vel", "mor", "tan", "ri", "os", "bel", "dun", "sa", "lor", "mi", "zen", "ta", "gor", "ven", "ul", "na", "prak", "el", "do", "fen", "har", "ki", "lum"];
const BODIES = ["Institute", "Holdings", "Council", "Foundation", "Cooperative", "Authority", "Group", "Association"];

export interface ArchiveStats {
  briefings: number;
  accounts: number;
  words: number;
}

type Random = () => number;

interface Person {
  name: string;
  surname: string;
  role: string;
}

/** One event: who is in it and what happened, with a wording of each fact for either account. */
interface Event {
  topic: (typeof TOPICS)[number];
  place: string;
  facts: [string, string][];
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
    const event = newEvent(random);
    const { topic, place } = event;
    const day = new Date(Date.UTC(2020, 0, 1) + b * 86_400_000 * 0.7).toISOString().slice(0, 10);
    writeFileSync(path.join(dir, "index.md"), `---\ntitle: "${place}: ${topic.name} ${b}"\nclaim: Officials in ${place} announced a ${topic.name}.\ntags:\n  - ${topic.desk}\n  - ${topic.name}\n  - ${place}\n---\n`);
    const outletA = b % OUTLETS.length;
    const outletB = (b * 3 + 1) % OUTLETS.length === outletA ? (outletA + 1) % OUTLETS.length : (b * 3 + 1) % OUTLETS.length;
    // About half of each account's facts are facts the other account reports too.
    const shared = event.facts.filter(() => random() < 0.5);
    [OUTLETS[outletA]!, OUTLETS[outletB]!].forEach((outlet, variant) => {
      const own = event.facts.filter((fact) => !shared.includes(fact) && random() < 0.4);
      const facts = shuffle(random, [...shared, ...own]).map((fact) => fact[variant]!);
      const paragraphs: string[] = [];
      const count = 8 + Math.floor(random() * 9);
      for (let p = 0; p < count; p++) {
        const sentences: string[] = [];
        const length = 1 + Math.floor(random() * 5);
        for (let s = 0; s < length; s++) sentences.push(facts.length > 0 && random() < 0.6 ? facts.shift()! : background(random, pick, place));
        const paragraph = sentences.join(" ");
        words += paragraph.split(/\s+/).length;
        paragraphs.push(paragraph);
      }
      const [key, name] = outlet;
      writeFileSync(
        path.join(dir, `${key}.md`),
        `---\noutlet: ${key}\ntitle: "${name} on the ${topic.name} in ${place}"\ndate: ${day}\nstance: ${pick(STANCES)}\nurl: https://${key}.example/${slug}\n---\n${paragraphs.join("\n\n")}\n`,
      );
    });
  }
  return { briefings, accounts: briefings * 2, words };
}

/** An event's facts, each worded twice: once per account. */
function newEvent(random: Random): Event {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const topic = pick(TOPICS);
  const place = pick(PLACES);
  const other = pick(PLACES.filter((p) => p !== place));
  const people: Person[] = Array.from({ length: 3 }, () => {
    const surname = pick(SURNAMES);
    return { name: `${pick(FIRST_NAMES)} ${surname}`, surname, role: pick(ROLES) };
  });
  const [first, second, third] = people as [Person, Person, Person];
  const figure = (1 + Math.floor(random() * 90)) * (random() < 0.5 ? 100 : 1000);
  const smaller = (1 + Math.floor(random() * 40)) * 10;
  const share = 5 + Math.floor(random() * 60);
  const day = pick(WEEKDAYS);
  const [nounA, nounB, nounC, nounD, nounE] = shuffle(random, [...topic.nouns]) as string[];
  const quote = `${pick(QUOTE_OPENINGS)} ${pick(QUOTE_ENDINGS)}`;
  const secondQuote = `${pick(QUOTE_OPENINGS)} ${pick(QUOTE_ENDINGS)} in ${place}`;
  const [movedA, movedB] = topic.moved;
  const en = (n: number) => n.toLocaleString("en-US");
  const facts: [string, string][] = [
    [
      `${first.name}, ${first.role}, said on ${day} that ${en(figure)} ${topic.unit} had been ${movedA} in ${place}.`,
      `${en(figure)} ${topic.unit} were ${movedB} in ${place}, ${first.name} told reporters on ${day}.`,
    ],
    [`“${quote},” ${first.surname} said.`, random() < 0.5 ? `“${quote},” ${first.surname} told reporters.` : `${first.surname} said: “${quote.split(" ").slice(0, 4).join(" ")}.”`],
    [
      `Officials in ${other} confirmed that the ${nounA} near ${place} would stay open until the end of the month.`,
      `Authorities in ${other} said the ${nounA} close to ${place} would remain open through the end of the month.`,
    ],
    [
      `${second.name}, ${second.role}, denied that the ${nounB} had been planned in secret.`,
      `${second.role[0]!.toUpperCase()}${second.role.slice(1)}, ${second.name}, rejected claims that the ${nounB} was prepared in secret.`,
    ],
    [
      `About ${share} percent of the ${topic.unit} came from ${other}, according to figures released by the ministry.`,
      `Ministry figures showed roughly ${share + (random() < 0.5 ? 0 : 3)} percent of the ${topic.unit} originated in ${other}.`,
    ],
    [`A further ${en(smaller)} ${topic.unit} are expected by ${day}, the ${nounC} operators said.`, `The ${nounC} operators expect ${en(smaller)} more ${topic.unit} by ${day}.`],
    [`“${secondQuote},” ${third.name}, ${third.role}, said in a statement.`, `“${secondQuote},” ${third.surname} said in a written statement.`],
    [`The ${nounD} was first discussed in ${other} in the spring, when ${third.surname} visited ${place}.`, `${third.surname} raised the ${nounD} during a visit to ${place} in the spring.`],
    [
      `Satellite images reviewed by independent researchers appeared to show a ${nounE} west of ${place}.`,
      `Independent researchers said satellite images showed what looked like a ${nounE} to the west of ${place}.`,
    ],
    [`The government in ${place} has not published the full text of the ${nounB} agreement.`, `${place} has yet to release the full ${nounB} agreement.`],
  ];
  return { topic, place, facts };
}

/** A sentence of the outlet's own: background, a reaction, context nobody else printed. */
function background(random: Random, pick: <T>(items: readonly T[]) => T, place: string): string {
  const name = () => {
    const word = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join("");
    return `${word[0]!.toUpperCase()}${word.slice(1)}`;
  };
  const matter = `the ${pick(QUALITIES)} ${pick(THINGS)}`;
  const who = random() < 0.4 ? `The ${name()} ${pick(BODIES)}` : pick(SUBJECTS);
  const where = random() < 0.5 ? ` in ${name()}` : random() < 0.3 ? ` in ${place}` : "";
  const quoted = random() < 0.1 ? ` “${pick(QUOTE_OPENINGS)} ${matter},” said ${pick(FIRST_NAMES)} ${name()}.` : "";
  return `${who} ${pick(CLAIMS)} ${matter}${where}, ${pick(CODAS)}.${quoted}`;
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** mulberry32: small, fast and deterministic. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
