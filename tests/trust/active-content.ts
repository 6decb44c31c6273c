/**
 * Everything in a document that could act: what no page built from hostile sources may hold.
 * Script other than JSON-LD data or a file from the page's own origin; frames, plug-ins and
 * `<base>`; refresh redirects; event-handler attributes; links whose scheme is not http(s) or
 * mailto; resources (src, srcset, stylesheets, icons) from another origin; styles that fetch;
 * ids and names that would shadow a global.
 *
 * Self-contained (no imports, no names from outside): the browser tests send its source into the
 * page (see `inPage`), the unit tests run it on linkedom.
 */
export function findActiveContent(doc: Document, pageUrl: string, clobberNames: readonly string[]): string[] {
  const found: string[] = [];
  const origin = new URL(pageUrl).origin;
  const resolve = (value: string): URL | undefined => {
    try {
      return new URL(value, pageUrl);
    } catch {
      return undefined;
    }
  };
  const LINK_SCHEMES = ["http:", "https:", "mailto:"];
  const FORBIDDEN = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal", "fencedframe"];
  // Attributes that make the browser fetch (or run) what they name, and those that only link.
  const FETCHING = ["src", "srcset", "imagesrcset", "poster", "data", "background", "action", "formaction", "ping", "manifest", "codebase", "archive"];
  // Pagefind's search form says it is never submitted; that is the one script URL a page may hold.
  const INERT_ACTION = /^javascript:void\(0\);?$/;
  const LINKING = ["href", "xlink:href", "cite", "longdesc"];
  // A <link> with one of these rels is fetched; canonical, alternate and the like only point.
  const FETCHED_RELS = ["stylesheet", "icon", "preload", "modulepreload", "prefetch", "prerender", "preconnect", "dns-prefetch", "manifest", "import", "apple-touch-icon", "mask-icon"];

  for (const el of Array.from(doc.querySelectorAll("*"))) {
    const tag = el.localName.toLowerCase();
    const where = `<${tag}${el.id ? `#${el.id}` : ""}>`;
    if (FORBIDDEN.includes(tag)) found.push(`${where} element`);
    if (tag === "script") {
      const src = el.getAttribute("src");
      if (src === null) {
        if (el.getAttribute("type") !== "application/ld+json") found.push(`${where} inline script`);
        else {
          try {
            JSON.parse(el.textContent ?? "");
          } catch {
            found.push(`${where} JSON-LD that is not JSON`);
          }
        }
      } else if (resolve(src)?.origin !== origin) found.push(`${where} script from ${src}`);
    }
    if (tag === "meta" && (el.getAttribute("http-equiv") ?? "").toLowerCase() === "refresh") found.push(`${where} refresh`);
    const rels = (el.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const fetchedLink = tag === "link" && rels.some((r) => FETCHED_RELS.includes(r));
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith("on")) found.push(`${where} ${name}="${value}"`);
      if (name === "srcdoc") found.push(`${where} srcdoc`);
      if ((name === "id" || name === "name") && clobberNames.includes(value)) found.push(`${where} ${name}="${value}" shadows a global`);
      if (name === "style" && /url\s*\(|expression\s*\(|@import|behavior\s*:/i.test(value)) found.push(`${where} style="${value}"`);
      const urls = name.endsWith("srcset") ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [value];
      if (name === "action" && tag === "form" && INERT_ACTION.test(value)) continue;
      for (const url of urls) {
        const target = resolve(url);
        if (FETCHING.includes(name) || (fetchedLink && name === "href")) {
          if (target?.origin !== origin) found.push(`${where} ${name}="${value}" fetches from another origin`);
        } else if (LINKING.includes(name) && !(target && LINK_SCHEMES.includes(target.protocol))) {
          found.push(`${where} ${name}="${value}" is not an http(s) or mailto link`);
        }
      }
    }
  }
  return found;
}
