import { readdirSync, readFileSync } from "node:fs";
import { parseSourceFile } from "../content/source-file.ts";
import type { AccountFields } from "./draft.ts";
import { cleanUrl } from "./urls.ts";

/** An account file an outlet already has in a briefing, or one this import is about to write. */
export interface Occupant {
  /** File name without `.md`: `rt`, `rt-2`, … */
  name: string;
  url?: string;
  title?: string;
  /** The file's text, for a file that exists. */
  text?: string;
}

/** The outlet's account files in a briefing folder (`<outlet>.md`, `<outlet>-2.md`, …) and what identifies their articles. */
export function outletAccounts(dir: string, outlet: string): Occupant[] {
  const ownName = new RegExp(`^${outlet}(?:-\\d+)?\\.md$`);
  return readdirSync(dir)
    .filter((entry) => ownName.test(entry))
    .map((entry) => {
      const bytes = readFileSync(`${dir}/${entry}`);
      const parsed = parseSourceFile(entry, bytes);
      const data = parsed.ok ? parsed.source.data : {};
      return { name: entry.slice(0, -3), text: bytes.toString("utf8"), ...identity(data.url, data.title) };
    });
}

/**
 * Where an account goes: the file already holding the same article (same URL when both have one,
 * else the same headline), else the first free name of `<outlet>`, `<outlet>-2`, `<outlet>-3`, …
 */
export function accountName(outlet: string, occupants: readonly Occupant[], account: AccountFields): { name: string; occupant?: Occupant } {
  const self = identity(account.url, account.title);
  const occupant = occupants.find((o) => (o.url && self.url ? o.url === self.url : o.title !== undefined && o.title === self.title));
  if (occupant) return { name: occupant.name, occupant };
  for (let n = 1; ; n++) {
    const name = n === 1 ? outlet : `${outlet}-${n}`;
    if (!occupants.some((o) => o.name === name)) return { name };
  }
}

function identity(url: unknown, title: unknown): { url?: string; title?: string } {
  const clean = typeof url === "string" ? cleanUrl(url) : undefined;
  return { ...(clean ? { url: clean } : {}), ...(typeof title === "string" ? { title: title.trim() } : {}) };
}
