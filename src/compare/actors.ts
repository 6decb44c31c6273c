import { distance } from "fastest-levenshtein";
import { isMonthName, isWeekdayName } from "../text/calendar.ts";
import { isStopWord } from "../text/stopwords.ts";
import { adjacent, type WordToken } from "../text/words.ts";
import type { AnalysedAccount, AnalysedSentence } from "./document.ts";
import { byText } from "./order.ts";
import type { Actor, ActorKind } from "./types.ts";

/**
 * People and organisations named in the accounts: gazetteer entries plus capitalised name sequences,
 * with titles split off ("Defense Secretary | Lloyd Austin") and one key per real-world actor across
 * all accounts, so "Austin" in one account and "Lloyd Austin" in another are the same person.
 */

export interface ActorMention {
  key: string;
  /** What the mention compares as: a government body compares as its country. */
  alignKey: string;
  kind: ActorKind;
  /** Token indexes in the sentence, inclusive. */
  first: number;
  last: number;
  surface: string;
}

interface ActorRecord {
  name: string;
  kind: ActorKind;
  roles: Set<string>;
  forms: Set<string>;
}

export interface ActorIndex {
  mentions: Map<AnalysedSentence, ActorMention[]>;
  actors: Map<string, ActorRecord>;
}

/** Words that end a title before a name: "Defense Secretary Lloyd Austin", "Kremlin spokesman Dmitry Peskov". */
const HEAD_TITLES = new Set(
  `president vice-president prime minister secretary secretary-general spokesman spokeswoman spokesperson director
  chief chairman chairwoman chair leader dictator general gen admiral colonel commander king queen prince princess
  pope senator sen representative rep governor gov mayor ambassador envoy judge chancellor premier ceo head officer
  adviser advisor lawmaker mp mr mrs ms dr prof sir dame lord lady sheikh emir ayatollah attorney-general
  präsident bundespräsident kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin ministerpräsident
  sprecher sprecherin chef chefin vorsitzende vorsitzender bürgermeister herr frau außenminister verteidigungsminister
  innenminister finanzminister président ministre porte-parole m mme général`.split(/\s+/u),
);

/** Words that only qualify a following title: "Defense" in "Defense Secretary". */
const TITLE_MODIFIERS = new Set(
  `defense defence foreign interior finance economy health justice home national security deputy vice acting former
  prime first supreme crown state general foreign-affairs us u.s. top senior`.split(/\s+/u),
);

/** Words that make a name an organisation. German compounds are matched by their ending. */
const ORGANISATION_WORDS = [
  "ministry", "department", "agency", "service", "council", "committee", "party", "army", "navy", "forces", "command",
  "commission", "court", "parliament", "assembly", "bank", "university", "institute", "association", "union",
  "organization", "organisation", "office", "bureau", "company", "corporation", "corp", "inc", "group", "news",
  "times", "post", "press", "survey", "center", "centre", "authority", "police", "guard", "front", "movement",
  "alliance", "coalition", "house", "cabinet", "government", "administration", "federation", "foundation", "fund",
  "network", "tv", "radio", "ministerium", "partei", "gewerkschaft", "amt", "behörde", "regierung", "polizei",
  "verband", "gericht", "konzern", "ministère", "parti", "gouvernement", "syndicat",
];

/** Lower-case words that may sit inside a name: "Ursula von der Leyen", "Party for Freedom", "Bank of England". */
const PARTICLES = new Set(["von", "van", "der", "den", "de", "da", "del", "di", "du", "la", "le", "bin", "al", "el", "ibn", "of", "for"]);

const ACRONYM = /^\p{Lu}{2,}$/u;
/** Verbs whose subject or inverted subject next to them is a person: "Zelensky said", "said Zelensky". Not for German, which capitalises every noun. */
const SPEECH_VERBS = new Set(["say", "tell", "add", "write", "warn", "insist", "stress", "explain", "ask", "reply", "dire", "dit"]);
/** Name parts closer than this are spellings of one name: Zelensky/Zelenskyy, Volodymyr/Vladimir. */
const SAME_SURNAME_DISTANCE = 2;
const SAME_GIVEN_NAME_DISTANCE = 4;
/** Longer capitalised runs are headline case or a title, not a name. */
const LONGEST_NAME = 4;

const GAZETTEER_KEY = "gaz:";

type ChunkKind = "person" | "organisation" | "single";

interface NameChunk {
  sentence: AnalysedSentence;
  first: number;
  last: number;
  kind: ChunkKind;
  role: string | null;
  /** Normalised name parts: lower case, no diacritics, hyphens split. */
  parts: string[];
}

const ASCII = /^[\x00-\x7f]*$/u;

function nameParts(surface: string): string[] {
  const plain = ASCII.test(surface) ? surface : surface.normalize("NFD").replace(/\p{M}/gu, "");
  return plain.toLowerCase().split(/[\s‐‑-]+/u).filter(Boolean);
}

function isOrganisationWord(lower: string, lang: string): boolean {
  return ORGANISATION_WORDS.includes(lower) || (lang !== "en" && ORGANISATION_WORDS.some((w) => w.length > 4 && lower.endsWith(w)));
}

/** "GDL-Chef", "ex-President": a hyphenated word is a title when its last part is. */
function isHeadTitle(token: WordToken): boolean {
  if (HEAD_TITLES.has(token.lower)) return true;
  const hyphen = Math.max(token.lower.lastIndexOf("-"), token.lower.lastIndexOf("‐"), token.lower.lastIndexOf("‑"));
  return hyphen > 0 && HEAD_TITLES.has(token.lower.slice(hyphen + 1));
}

/** German articles, which join a name only after "von": "Ursula von der Leyen", not "Angaben der Bahn". */
const ARTICLE_PARTICLES = new Set(["der", "den"]);

function canJoinName(tokens: WordToken[], k: number): boolean {
  const token = tokens[k]!;
  if (token.capitalised) return !isMonthName(token.lower) && !isWeekdayName(token.lower);
  const next = tokens[k + 1];
  if (next === undefined || !next.capitalised) return false;
  if (ARTICLE_PARTICLES.has(token.lower)) return ["von", "van"].includes(tokens[k - 1]?.lower ?? "");
  return PARTICLES.has(token.lower) || isHeadTitle(token);
}

/** Spaces only, or the period of an abbreviated title ("Mr. Biden"). */
function joined(text: string, left: WordToken, right: WordToken): boolean {
  return adjacent(text, left, right) || (HEAD_TITLES.has(left.lower) && /^\.[ \u00A0]+$/u.test(text.slice(left.end, right.start)));
}

function chunk(sentence: AnalysedSentence, first: number, last: number, kind: ChunkKind, role: string | null): NameChunk {
  const { tokens, text } = sentence;
  return { sentence, first, last, kind, role, parts: nameParts(text.slice(tokens[first]!.start, tokens[last]!.end)) };
}

/** Splits one capitalised run (gazetteer names already removed) into title, organisation and name. */
function classifySegment(sentence: AnalysedSentence, lang: string, a: number, b: number, out: NameChunk[]): void {
  const { tokens, text } = sentence;
  let head = -1;
  for (let k = b; k >= a; k--) {
    if (isHeadTitle(tokens[k]!)) {
      head = k;
      break;
    }
  }
  let role: string | null = null;
  if (head >= 0) {
    let roleStart = head;
    while (roleStart > a && (TITLE_MODIFIERS.has(tokens[roleStart - 1]!.lower) || isHeadTitle(tokens[roleStart - 1]!))) {
      roleStart--;
    }
    role = text.slice(tokens[roleStart]!.start, tokens[head]!.end);
    if (roleStart > a) classifySegment(sentence, lang, a, roleStart - 1, out);
    a = head + 1;
    if (a > b) return;
  }
  const range = tokens.slice(a, b + 1);
  if (range.length === 1) {
    // A lone capitalised word is a name only as an acronym, after a title or as the one speaking
    // ("…,” Zelensky said); else it may be any noun ("Gewerkschaft") or a sentence's first word.
    const speaking = a > 0 && lang !== "de" && (SPEECH_VERBS.has(sentence.lemmas[a + 1] ?? "") || SPEECH_VERBS.has(sentence.lemmas[a - 1] ?? ""));
    const kind: ChunkKind = ACRONYM.test(range[0]!.base) ? "organisation" : role !== null || speaking ? "person" : "single";
    out.push(chunk(sentence, a, b, kind, role));
  } else if (range.some((t) => isOrganisationWord(t.lower, lang))) out.push(chunk(sentence, a, b, "organisation", null));
  else if (range.length <= LONGEST_NAME) out.push(chunk(sentence, a, b, "person", role));
}

function nameChunks(sentence: AnalysedSentence, lang: string): NameChunk[] {
  const { tokens, text, places } = sentence;
  const placeAt = new Map<number, number>();
  for (const place of places) for (let k = place.first; k <= place.last; k++) placeAt.set(k, place.last);
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!canJoinName(tokens, i) || (!tokens[i]!.capitalised && PARTICLES.has(tokens[i]!.lower))) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length && canJoinName(tokens, end + 1) && joined(text, tokens[end]!, tokens[end + 1]!)) end++;
    // Capitalised function words open sentences and clauses ("However", "The", "Die"), not names.
    let segmentStart = i;
    while (segmentStart <= end && !placeAt.has(segmentStart) && isStopWord(tokens[segmentStart]!.lower, lang)) segmentStart++;
    for (let k = segmentStart; k <= end + 1; k++) {
      const placeEnd = k <= end ? placeAt.get(k) : undefined;
      if (k <= end && placeEnd === undefined) continue;
      if (k > segmentStart) classifySegment(sentence, lang, segmentStart, k - 1, chunks);
      if (placeEnd !== undefined) k = placeEnd;
      segmentStart = k + 1;
    }
    i = end + 1;
  }
  return chunks;
}

function sameName(a: string[], b: string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.every((p) => longer.includes(p))) return true;
  const surnameA = a.at(-1)!;
  const surnameB = b.at(-1)!;
  const sameSurname = surnameA === surnameB || (Math.min(surnameA.length, surnameB.length) >= 5 && distance(surnameA, surnameB) <= SAME_SURNAME_DISTANCE);
  if (!sameSurname) return false;
  const givenA = a[0]!;
  const givenB = b[0]!;
  return givenA[0] === givenB[0] && (givenA.length === 1 || givenB.length === 1 || distance(givenA, givenB) <= SAME_GIVEN_NAME_DISTANCE);
}

interface NameCluster {
  key: string;
  parts: string[];
  chunks: NameChunk[];
}

/** One cluster per actor. Longest names first, so "Austin" and "Lloyd J. Austin" join "Lloyd Austin" rather than each other. */
function clusterNames(chunks: NameChunk[], prefix: string, isSame: (a: string[], b: string[]) => boolean): NameCluster[] {
  const byName = new Map<string, NameChunk[]>();
  for (const c of chunks) {
    const name = c.parts.join(" ");
    const same = byName.get(name);
    if (same) same.push(c);
    else byName.set(name, [c]);
  }
  const names = [...byName.keys()].sort((x, y) => byName.get(y)![0]!.parts.length - byName.get(x)![0]!.parts.length || byText(x, y));
  const clusters: NameCluster[] = [];
  for (const name of names) {
    const same = byName.get(name)!;
    const parts = same[0]!.parts;
    const home = clusters.find((cluster) => isSame(cluster.parts, parts));
    if (home) home.chunks.push(...same);
    else clusters.push({ key: `${prefix}:${parts.join("-")}`, parts, chunks: same });
  }
  return clusters;
}

/** "GDL" is the "Lokführergewerkschaft GDL". */
function sameOrganisation(a: string[], b: string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((p) => longer.includes(p));
}

/** The person a lone name ("Austin", "Kim") refers to, if exactly one known person has that name part. */
function resolveSingle(parts: string[], clusters: NameCluster[]): NameCluster | undefined {
  const word = parts[0]!;
  const holders = clusters.filter((c) => c.parts.includes(word));
  if (holders.length <= 1) return holders[0];
  const bySurname = holders.filter((c) => c.parts.at(-1) === word);
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

function surfaceOf(c: NameChunk): string {
  const { tokens, text } = c.sentence;
  return text.slice(tokens[c.first]!.start, tokens[c.last]!.end).replace(/['’]s$/u, "");
}

/** The form with the most name parts, then the first in code-unit order. */
function fullestForm(forms: Set<string>): string {
  let best = "";
  let bestParts = -1;
  for (const form of forms) {
    const parts = nameParts(form).length;
    if (parts > bestParts || (parts === bestParts && byText(form, best) < 0)) {
      best = form;
      bestParts = parts;
    }
  }
  return best;
}

export function resolveActors(accounts: AnalysedAccount[]): ActorIndex {
  const mentions = new Map<AnalysedSentence, ActorMention[]>();
  const actors = new Map<string, ActorRecord>();
  const record = (key: string, kind: ActorKind, name: string, form: string, role: string | null) => {
    const actor = actors.get(key) ?? { name, kind, roles: new Set<string>(), forms: new Set<string>() };
    actor.forms.add(form);
    if (role !== null) actor.roles.add(role);
    actors.set(key, actor);
  };
  const add = (sentence: AnalysedSentence, mention: ActorMention) => {
    const list = mentions.get(sentence) ?? [];
    list.push(mention);
    mentions.set(sentence, list);
  };

  const chunks: NameChunk[] = [];
  for (const account of accounts) {
    for (const sentence of account.sentences) {
      mentions.set(sentence, []);
      for (const place of sentence.places) {
        const key = `${GAZETTEER_KEY}${place.entity.id}`;
        record(key, place.entity.kind, place.entity.name, place.surface.replace(/['’]s$/u, ""), null);
        add(sentence, {
          key, alignKey: `@${place.entity.country}`, kind: place.entity.kind, first: place.first, last: place.last, surface: place.surface,
        });
      }
      chunks.push(...nameChunks(sentence, account.lang));
    }
  }

  const people = clusterNames(chunks.filter((c) => c.kind === "person"), "person", sameName);
  const organisations = clusterNames(chunks.filter((c) => c.kind === "organisation"), "org", sameOrganisation);
  const clusterOf = new Map<NameChunk, NameCluster>();
  for (const cluster of [...people, ...organisations]) for (const c of cluster.chunks) clusterOf.set(c, cluster);
  for (const c of chunks) {
    const cluster = clusterOf.get(c) ?? resolveSingle(c.parts, people);
    if (!cluster) continue;
    const key = cluster.key;
    const kind: ActorKind = c.kind === "organisation" ? "organisation" : "person";
    const surface = surfaceOf(c);
    record(key, kind, surface, surface, c.role);
    add(c.sentence, { key, alignKey: `@${key}`, kind, first: c.first, last: c.last, surface });
  }

  // Gazetteer entries keep their listed name; others are displayed under their fullest form.
  for (const [key, actor] of actors) {
    if (!key.startsWith(GAZETTEER_KEY)) actor.name = fullestForm(actor.forms);
  }
  for (const list of mentions.values()) list.sort((x, y) => x.first - y.first);
  return { mentions, actors };
}

/** The actors list of the comparison: who each account names, and who only one names. */
export function summariseActors(index: ActorIndex, accounts: AnalysedAccount[]): Actor[] {
  // The sentences naming each actor, by account, in one pass over the mentions.
  const sentencesOf = new Map<string, Record<string, number[]>>();
  for (const account of accounts) {
    for (const sentence of account.sentences) {
      for (const { key } of index.mentions.get(sentence) ?? []) {
        let byAccount = sentencesOf.get(key);
        if (!byAccount) sentencesOf.set(key, (byAccount = {}));
        const sentences = (byAccount[account.id] ??= []);
        if (sentences.at(-1) !== sentence.ref.index) sentences.push(sentence.ref.index);
      }
    }
  }
  const result: Actor[] = [];
  for (const [key, actor] of index.actors) {
    const byAccount = sentencesOf.get(key) ?? {};
    const named = accounts.map((a) => a.id).filter((id) => byAccount[id] !== undefined);
    result.push({
      key,
      name: actor.name,
      kind: actor.kind,
      roles: [...actor.roles].sort(byText),
      forms: [...actor.forms].sort(byText),
      mentions: byAccount,
      accounts: named,
      onlyIn: named.length === 1 && accounts.length > 1 ? named[0]! : null,
    });
  }
  return result.sort((x, y) => y.accounts.length - x.accounts.length || byText(x.name, y.name) || byText(x.key, y.key));
}
