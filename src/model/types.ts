import type { SourceDate } from "./dates.ts";

/** The data model every shell renders: validated, resolved and ordered. Built by `loadContent`. */

export interface Outlet {
  key: string;
  name: string;
  homepage: string;
  country: string;
  ownership: string;
  notes?: string;
  /** Extra furniture patterns (regular expressions) the importer removes for this outlet. */
  furniture: string[];
}

export interface Stance {
  key: string;
  label: string;
  meaning: string;
  /** A shape drawn beside the label, so stance is never told by colour alone. */
  symbol: string;
}

export interface Account {
  /** File stem, unique within its briefing; used in fragment ids. */
  id: string;
  briefingSlug: string;
  /** Path relative to the project root, as in problem messages. */
  sourcePath: string;
  outlet: Outlet;
  stance: Stance;
  title: string;
  subtitle?: string;
  byline?: string;
  credits?: string;
  published: SourceDate;
  url?: string;
  retrieved?: SourceDate;
  archive?: string;
  lang: string;
  /** Article text as markdown, exactly as in the source file. */
  body: string;
  /** SHA-256 (hex) of the text as cited: see src/provenance/text-hash.ts. */
  sha256: string;
  /** Newest first. */
  corrections: Correction[];
  /** Date of the newest correction that is not minor. */
  updated?: SourceDate;
}

export interface Briefing {
  slug: string;
  sourcePath: string;
  title: string;
  claim: string;
  summary?: string;
  tags: Tag[];
  /** Ordered by publication time, then outlet name. */
  accounts: Account[];
  firstDay: string;
  lastDay: string;
  /** The briefing's own corrections and its accounts', newest first. */
  corrections: Correction[];
  /** Date of the newest correction, of the briefing or an account, that is not minor. */
  updated?: SourceDate;
}

export interface Correction {
  date: SourceDate;
  kind?: "correction" | "update" | "clarification";
  note?: string;
  minor: boolean;
  /** The account it concerns; absent for the briefing's own entries. */
  accountId?: string;
}

export interface Tag {
  label: string;
  slug: string;
}

export interface Site {
  outlets: Outlet[];
  stances: Stance[];
  /** Newest first. */
  briefings: Briefing[];
}
