import { createRequire } from "node:module";

/**
 * Function words, which say nothing about what a sentence claims. The `stopword` package's
 * lists (62 languages), plus words news prose uses as glue: contractions, time adverbs, hedges
 * and number words (figures are compared as numbers, not as words).
 */

/** ISO 639-1 → the ISO 639-3 names under which `stopword` exports its lists. */
const LIST_NAMES: Readonly<Record<string, string>> = {
  af: "afr", ar: "ara", bg: "bul", bn: "ben", br: "bre", ca: "cat", cs: "ces", da: "dan", de: "deu", el: "ell",
  en: "eng", eo: "epo", es: "spa", et: "est", eu: "eus", fa: "fas", fi: "fin", fr: "fra", ga: "gle", gl: "glg",
  gu: "guj", ha: "hau", he: "heb", hi: "hin", hr: "hrv", hu: "hun", hy: "hye", id: "ind", it: "ita", ja: "jpn",
  ko: "kor", ku: "kur", la: "lat", lt: "lit", lv: "lav", mr: "mar", ms: "msa", my: "mya", nb: "nob", nl: "nld",
  no: "nob", pl: "pol", pt: "por", ro: "ron", ru: "rus", sk: "slk", sl: "slv", so: "som", st: "sot", sv: "swe",
  sw: "swa", th: "tha", tl: "tgl", tr: "tur", uk: "ukr", ur: "urd", vi: "vie", yo: "yor", zh: "zho", zu: "zul",
};

const EXTRA: Readonly<Record<string, string>> = {
  en: `a an the i me my we us our you your he him his she her it its they them their this that these those
    who whom whose which what when where why how whether if than then else so as such both either neither nor
    not no none nothing any anyone anything some someone something every everyone everything each all few
    is am are was were be been being has have had having do does did doing done will would shall should can
    could may might must ought let lets
    i'm i've i'd i'll you're you've you'd he's she's it's we're we've we'd they're they've they'd isn't
    aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't cannot couldn't
    shouldn't that's there's here's what's let's
    also however though although yet still just even only already again further furthermore moreover
    meanwhile nevertheless instead rather quite very too much many more most less least far so
    now then today tonight yesterday tomorrow recently previously earlier later soon currently once ago
    time times
    about above across after against along amid among around at before behind below beneath beside between
    beyond by despite down during except for from in inside into near of off on onto out outside over past
    per since through throughout till to toward towards under until up upon via with within without
    and but or because while whereas unless though
    there here where whereby therefore thus hence
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
    thousand million billion dozen
    mr mrs ms dr`,
  de: `sowie bereits zudem jedoch allerdings dabei damit dass daß laut zufolge etwa rund knapp mehr weniger
    heute gestern morgen jetzt nun bisher zuvor später demnach offenbar
    ein eine einer eines einem einen zwei drei vier fünf sechs sieben acht neun zehn hundert tausend
    millionen million milliarden`,
  fr: `selon aussi ainsi déjà encore alors donc toutefois cependant aujourd'hui hier demain deux trois quatre
    cinq six sept huit neuf dix cent mille millions`,
};

const require = createRequire(import.meta.url);
const lists = new Map<string, ReadonlySet<string>>();

function listFor(lang: string): ReadonlySet<string> {
  let list = lists.get(lang);
  if (!list) {
    const packaged = require("stopword") as Record<string, unknown>;
    const name = LIST_NAMES[lang];
    const words = name !== undefined && Array.isArray(packaged[name]) ? (packaged[name] as string[]) : [];
    list = new Set([...words, ...(EXTRA[lang] ?? "").split(/\s+/u).filter(Boolean)]);
    lists.set(lang, list);
  }
  return list;
}

/** `word` lower case, apostrophes straight; `lang` a base language ("en"). */
export function isStopWord(word: string, lang: string): boolean {
  return listFor(lang).has(word);
}
