/* The query page: YASGUI on this server's endpoint, with the project's prefixes and the shipped queries. */
(function () {
  "use strict";
  var config = JSON.parse(document.querySelector('script[type="application/json"]').textContent);
  // A query in the link: YASGUI's share links put it in the fragment (#query=...), the "open in SPARQL"
  // links of the pages in the query string (?query=...); a share link made from such a page has both,
  // and the fragment is the newer. Only the query is taken from a link, never an endpoint.
  function linkedQuery() {
    var fragment = new URLSearchParams(window.location.hash.replace(/^#/, ""));
    return fragment.get("query") || new URLSearchParams(window.location.search).get("query");
  }
  var start = linkedQuery() ||
      config.prefixes + "\nSELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 25\n";
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    populateFromUrl: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
    yasqe: { autocompleters: ["prefixes", "variables"] }
  });
  yasgui.getTab().setQuery(start);
  var byName = {};
  config.examples.forEach(function (e) { byName[e.name] = e; });
  var select = document.getElementById("examples");
  select.addEventListener("change", function () {
    var example = byName[select.value];
    if (example) {
      yasgui.getTab().setQuery(example.query);
    }
  });
  window.addEventListener("hashchange", function () {
    var linked = linkedQuery();
    if (linked) {
      yasgui.getTab().setQuery(linked);
    }
  });
  window.ccgraphYasgui = yasgui;
})();
