import { lemmatise } from "../text/lemma.ts";
import { adjacent, wordTokens, type WordToken } from "../text/words.ts";
import type { ActorMention } from "./actors.ts";
import type { CertaintyLevel } from "./types.ts";

/**
 * Reporting verbs ("said", "confirmed", "claimed", "denied") on a certainty ladder, and who each
 * one reports: the name before it ("Austin said"), after it ("said Austin"), after "by" or
 * "according to", or "he"/"she" standing for the last person named.
 */

/**
 * Dictionary forms per level. German and French entries list common inflected forms after the
 * dictionary form ("sagen|sagte"): their stemmers do not undo "sagte", and a use is reported under
 * the dictionary form.
 */
const LADDER: Readonly<Record<string, Readonly<Record<CertaintyLevel, readonly string[]>>>> = {
  en: {
    high: ["confirm", "reveal", "show", "establish", "announce", "prove", "demonstrate", "verify", "acknowledge", "admit", "disclose", "determine"],
    neutral: [
      "say", "tell", "state", "add", "note", "report", "explain", "describe", "write", "comment", "remark", "mention",
      "stress", "emphasise", "emphasize", "point out", "according to", "observe", "indicate", "reiterate", "respond",
      "reply", "warn", "voice", "express", "tweet", "ask", "urge", "declare",
    ],
    low: ["claim", "allege", "insist", "purport", "accuse", "suggest", "assert", "contend", "argue", "speculate", "believe", "think", "suspect", "assume", "assess", "blame", "hint", "imply"],
    denial: ["deny", "dismiss", "reject", "refute", "rebuff", "repudiate", "disavow", "dispute"],
  },
  de: {
    high: ["bestätigen|bestätigte|bestätigten|bestätigt", "enthüllen|enthüllte", "belegen|belegte", "verkünden|verkündete", "einräumen|räumte", "nachweisen|wies nach"],
    neutral: [
      "sagen|sagte|sagten|sagt", "erklären|erklärte|erklärten|erklärt", "mitteilen|teilte", "berichten|berichtete", "betonen|betonte",
      "äußern|äußerte", "schreiben|schrieb", "warnen|warnte", "zufolge", "laut", "heißen|hieß", "ankündigen|kündigte",
    ],
    low: ["behaupten|behauptete|behauptet", "vorwerfen|warf", "unterstellen|unterstellte", "glauben|glaubt", "vermuten|vermutet", "mutmaßen"],
    denial: ["dementieren|dementierte|dementierten|dementiert", "bestreiten|bestritt|bestritten", "zurückweisen|wies zurück", "abstreiten", "leugnen|leugnete"],
  },
  fr: {
    high: ["confirmer|confirmé", "révéler|révélé", "annoncer|annoncé", "reconnaître|reconnu"],
    neutral: ["dire|dit", "déclarer|déclaré", "affirmer|affirmé", "indiquer|indiqué", "ajouter|ajouté", "expliquer|expliqué", "souligner|souligné", "selon"],
    low: ["prétendre|prétendu", "accuser|accusé", "estimer|estimé", "croire"],
    denial: ["nier|nié", "démentir|démenti", "rejeter|rejeté", "réfuter|réfuté"],
  },
};

export interface ReportingCue {
  /** First token of the verb (or phrase) and how many tokens it spans. */
  token: number;
  length: number;
  /** As printed: "confirmed", "according to". */
  verb: string;
  lemma: string;
  level: CertaintyLevel;
  source: ActorMention | null;
}

interface LadderEntry {
  lemmas: string[];
  lemma: string;
  level: CertaintyLevel;
}

/** Words between a subject and its verb: "Austin has also said", "officials had previously stated". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  "has", "have", "had", "also", "previously", "repeatedly", "again", "reportedly", "once", "later", "earlier", "already",
  "publicly", "would", "will", "then", "now", "hat", "haben", "habe", "a", "ont",
]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"]);
const PRONOUNS = new Set(["he", "she", "er", "sie", "il", "elle"]);
const SUBJECT_PRONOUNS = new Set([...PRONOUNS, "it", "they", "who", "which", "that", "we", "i"]);

const indexes = new Map<string, Map<string, LadderEntry[]>>();

function ladderIndex(lang: string): Map<string, LadderEntry[]> {
  let index = indexes.get(lang);
  if (!index) {
    index = new Map();
    const ladder = LADDER[lang] ?? {};
    for (const [level, words] of Object.entries(ladder) as [CertaintyLevel, readonly string[]][]) {
      for (const forms of words) {
        const [dictionaryForm] = forms.split("|");
        for (const form of forms.split("|")) {
          const lemmas = wordTokens(form).map((t) => lemmatise(t.lower, lang));
          const entries = index.get(lemmas[0]!) ?? [];
          entries.push({ lemmas, lemma: dictionaryForm!, level });
          index.set(lemmas[0]!, entries);
        }
      }
    }
    for (const entries of index.values()) entries.sort((a, b) => b.lemmas.length - a.lemmas.length);
    indexes.set(lang, index);
  }
  return index;
}

/** The certainty level of a reporting verb in any form ("denied", "dementierte"), or null. */
export function certaintyOf(verb: string, lang = "en"): CertaintyLevel | null {
  return ladderIndex(lang).get(lemmatise(verb.toLowerCase(), lang))?.find((e) => e.lemmas.length === 1)?.level ?? null;
}

/**
 * Whether token `k` is used as a verb, not a noun or adjective ("dismissed claims", "the alleged
 * deployment"). Headlines use the present ("Pentagon confirms", "exit poll shows"), so there any
 * form not after a determiner counts. English only; other languages take every listed form.
 */
function isVerbUse(tokens: WordToken[], lemmas: string[], k: number, lang: string, headline: boolean): boolean {
  if (lang !== "en") return true;
  const token = tokens[k]!;
  const previous = tokens[k - 1];
  if (token.lower.endsWith("ing")) return token.lower !== lemmas[k];
  // "the Pentagon’s claims", "the alleged deployment", "to confirm"
  if (previous !== undefined && (DETERMINERS.has(previous.lower) || previous.text !== previous.base || previous.lower === "to")) return false;
  if (headline) return true;
  if (token.lower === lemmas[k]) return false;
  if (!token.lower.endsWith("s")) return true;
  const subjectBefore = previous !== undefined && (previous.capitalised || SUBJECT_PRONOUNS.has(previous.lower));
  return subjectBefore || tokens[k + 1]?.lower === "that";
}

function mentionEndingAt(mentions: ActorMention[], k: number): ActorMention | undefined {
  return mentions.find((m) => m.last === k);
}

function mentionStartingAt(mentions: ActorMention[], tokens: WordToken[], k: number): ActorMention | undefined {
  const at = tokens[k]?.lower === "the" ? k + 1 : k;
  return mentions.find((m) => m.first === at);
}

/** The person "he" or "she" stands for: the last one named before token `k`. */
function lastPersonBefore(mentions: ActorMention[], k: number, earlier: ActorMention | null): ActorMention | null {
  return mentions.filter((m) => m.kind === "person" && m.last < k).at(-1) ?? earlier;
}

/** Verbs whose subject may follow them after a quotation: "…,” said Austin. */
const INVERTED_AFTER_QUOTE = new Set(["say", "add", "write", "ask", "reply", "explain", "note", "warn", "continue"]);
const CLOSES_QUOTATION = /[,”"»’]\s*$/u;

function sourceOf(
  text: string,
  tokens: WordToken[],
  lemmas: string[],
  mentions: ActorMention[],
  verbAt: number,
  verbLength: number,
  earlierPerson: ActorMention | null,
): ActorMention | null {
  // A subject is separated from its verb by spaces only, not by punctuation or a quotation.
  let k = verbAt - 1;
  while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.lower) && adjacent(text, tokens[k]!, tokens[k + 1]!)) k--;
  const before = tokens[k];
  if (before !== undefined && adjacent(text, before, tokens[k + 1]!)) {
    if (PRONOUNS.has(before.lower)) return lastPersonBefore(mentions, k, earlierPerson);
    // "South Korean intelligence stated": a common noun after a name.
    const direct = mentionEndingAt(mentions, k) ?? (before.capitalised ? undefined : mentionEndingAt(mentions, k - 1));
    if (direct) return direct;
  }
  const after = verbAt + verbLength;
  if (tokens[after]?.lower === "by") return mentionStartingAt(mentions, tokens, after + 1) ?? null;
  const verb = tokens[verbAt]!;
  const inverted = INVERTED_AFTER_QUOTE.has(lemmas[verbAt]!) && CLOSES_QUOTATION.test(text.slice(Math.max(0, verb.start - 4), verb.start));
  return inverted ? (mentionStartingAt(mentions, tokens, after) ?? null) : null;
}

/**
 * Reporting verbs in one sentence (or headline), in order, with their sources. `earlierPerson` is
 * the last person named before this sentence in the same account, for "he said".
 */
export function findReportingCues(
  text: string,
  tokens: WordToken[],
  lemmas: string[],
  mentions: ActorMention[],
  lang: string,
  earlierPerson: ActorMention | null,
  headline = false,
): ReportingCue[] {
  const index = ladderIndex(lang);
  const cues: ReportingCue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const entry = index.get(lemmas[k]!)?.find((e) => e.lemmas.every((lemma, j) => lemmas[k + j] === lemma));
    if (!entry) continue;
    // A phrase ("according to", "point out") is a verb use by itself.
    if (entry.lemmas.length === 1 && !isVerbUse(tokens, lemmas, k, lang, headline)) continue;
    const length = entry.lemmas.length;
    let source = sourceOf(text, tokens, lemmas, mentions, k, length, earlierPerson);
    // "Austin said …, adding that …": a participle reports the sentence's earlier source.
    if (!source && tokens[k]!.lower.endsWith("ing")) source = cues.at(-1)?.source ?? null;
    const verb = text.slice(tokens[k]!.start, tokens[k + length - 1]!.end);
    cues.push({ token: k, length, verb, lemma: entry.lemma, level: entry.level, source });
    k += length - 1;
  }
  return cues;
}
