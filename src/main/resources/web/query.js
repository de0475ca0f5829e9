/* The query page: YASGUI on this server's endpoint, with the project's prefixes and the shipped queries. */
(function () {
  "use strict";
  var config = JSON.parse(document.querySelector('script[type="application/json"]').textContent);
  var params = new URLSearchParams(window.location.search);
  var start = params.get("query") ||
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
  window.ccgraphYasgui = yasgui;
})();
