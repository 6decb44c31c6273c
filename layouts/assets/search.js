// The only script on the site: Pagefind's search UI over the index built after Eleventy.
// Pagefind's field has a placeholder but no label; the label is added here, where the field exists.
// A query in the address (/search/?q=Peskov) is searched at once, so searches can be linked.
window.addEventListener("DOMContentLoaded", () => {
  const ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, openFilters: ["outlet", "stance"] });
  const input = document.querySelector("#search .pagefind-ui__search-input");
  if (input) {
    input.id = "search-input";
    const label = document.createElement("label");
    label.htmlFor = input.id;
    label.className = "search-label";
    label.textContent = "Search briefings and accounts";
    document.querySelector("#search").before(label);
  }
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});
