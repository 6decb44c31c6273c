import type { AnalysedAccount } from "./document.ts";
import type { AlignedPair, ClaimRow, OmissionEntry } from "./types.ts";

/**
 * Claims: sentences connected by aligned pairs form one row (one claim, reported by every account
 * with a cell in it); a sentence aligned with nothing is a row of its own. Omissions follow from the
 * rows: a sentence whose row lacks some account is missing from that account.
 */

const refKey = (account: string, index: number) => `${account}#${index}`;

/** Rows in reading order of the accounts as given. */
export function groupClaims(accounts: AnalysedAccount[], pairs: AlignedPair[]): ClaimRow[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  for (const account of accounts) for (const s of account.sentences) parent.set(refKey(account.id, s.ref.index), refKey(account.id, s.ref.index));
  for (const { a, b } of pairs) parent.set(find(refKey(a.account, a.index)), find(refKey(b.account, b.index)));

  const rows = new Map<string, ClaimRow>();
  for (const account of accounts) {
    for (const s of account.sentences) {
      const root = find(refKey(account.id, s.ref.index));
      let row = rows.get(root);
      if (!row) {
        row = { cells: Object.fromEntries(accounts.map((acc) => [acc.id, [] as number[]])), reportedBy: 0 };
        rows.set(root, row);
      }
      row.cells[account.id]!.push(s.ref.index);
    }
  }
  for (const row of rows.values()) row.reportedBy = Object.values(row.cells).filter((cell) => cell.length > 0).length;
  return [...rows.values()];
}

/** Per account, its sentences that some other account does not report. */
export function omissions(accounts: AnalysedAccount[], claims: ClaimRow[]): Record<string, OmissionEntry[]> {
  const only: Record<string, OmissionEntry[]> = Object.fromEntries(accounts.map((a) => [a.id, [] as OmissionEntry[]]));
  if (accounts.length < 2) return only;
  for (const row of claims) {
    if (row.reportedBy === accounts.length) continue;
    const missingFrom = accounts.map((a) => a.id).filter((id) => row.cells[id]!.length === 0);
    for (const [id, cell] of Object.entries(row.cells)) {
      for (const index of cell) only[id]!.push({ index, reportedBy: row.reportedBy, of: accounts.length, missingFrom });
    }
  }
  for (const list of Object.values(only)) list.sort((x, y) => x.index - y.index);
  return only;
}
