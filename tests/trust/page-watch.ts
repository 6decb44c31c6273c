import type { BrowserContext, Frame, Page } from "playwright-core";
import { findActiveContent } from "./active-content.ts";
import { CLOBBER_NAMES, MARKER } from "./corpus.ts";

/** What the browser saw a page do that a page built from sources must never do. */
export interface Incidents {
  dialogs: string[];
  foreignRequests: string[];
  pageErrors: string[];
}

/**
 * Records every dialog (dismissed, so nothing hangs), request outside `origin` and uncaught error in
 * `context`. Chromium announces a request the page's policy then blocks; that one never left.
 */
export function watchContext(context: BrowserContext, origin: string): Incidents {
  const incidents: Incidents = { dialogs: [], foreignRequests: [], pageErrors: [] };
  context.on("request", (request) => {
    if (!request.url().startsWith(`${origin}/`)) incidents.foreignRequests.push(request.url());
  });
  context.on("requestfailed", (request) => {
    const at = incidents.foreignRequests.indexOf(request.url());
    if (request.failure()?.errorText === "csp" && at >= 0) incidents.foreignRequests.splice(at, 1);
  });
  context.on("page", (page) => watchPage(page, incidents));
  return incidents;
}

function watchPage(page: Page, incidents: Incidents): void {
  page.on("dialog", (dialog) => {
    incidents.dialogs.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on("pageerror", (error) => incidents.pageErrors.push(`${error.message} on ${page.url()}`));
}

/**
 * Runs `fn` inside the frame from its source text. tsx names functions with a `__name` helper that
 * the page lacks; the wrapper supplies it.
 */
function inFrame<T>(frame: Frame, fn: (...args: never[]) => T, args: string): Promise<T> {
  return frame.evaluate(`(() => { const __name = (f) => f; return (${fn.toString()})(${args}); })()`) as Promise<T>;
}

/** Active content in the frame's document, and any sign that a payload ran or shadowed a global. */
export async function problemsInFrame(frame: Frame): Promise<string[]> {
  const found = await inFrame(frame, findActiveContent, `document, location.href, ${JSON.stringify(CLOBBER_NAMES)}`);
  const ran = (await frame.evaluate(
    `[typeof window[${JSON.stringify(MARKER)}] !== "undefined" && "a payload set window.${MARKER}",
      typeof window.alert !== "function" && "window.alert is shadowed",
      document.getElementById !== Document.prototype.getElementById && "document.getElementById is shadowed"].filter(Boolean)`,
  )) as string[];
  return [...found, ...ran].map((p) => `${frame.url()}: ${p}`);
}

/** Lets handlers that fire after load (autofocus, toggle, image errors) run before the page is inspected. */
export function settle(page: Page): Promise<unknown> {
  return page.evaluate("new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))");
}
