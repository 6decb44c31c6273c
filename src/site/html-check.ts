import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { htmlFiles, type SiteProblem } from "./site-files.ts";

/** html-validate's recommended rules, but a long page title is a briefing's real headline, not a mistake. */
const CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: { "long-title": "off" },
};

/** Validates every page of a built site; returns one problem per message, empty when all pass. */
export async function validateSiteHtml(siteDir: string): Promise<SiteProblem[]> {
  const validator = new HtmlValidate(CONFIG);
  const problems: SiteProblem[] = [];
  for (const file of htmlFiles(siteDir)) {
    const report = await validator.validateFile(path.join(siteDir, file));
    for (const message of report.results.flatMap((r) => r.messages))
      problems.push({ file, line: message.line, column: message.column, check: message.ruleId, message: message.message });
  }
  return problems;
}
