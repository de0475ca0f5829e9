// Opens the landing page, a resource page and the query page of a running ccgraph server in Debian's
// headless Chromium, follows links, runs a query, and fails on any console error, page error, failed
// request or request to another site. Usage: node check.js BASE_URL RESOURCE_PATH [SCREENSHOT.png]
"use strict";
const { chromium } = require("playwright-core");
const fs = require("fs");
const os = require("os");
const path = require("path");

const [base, resourcePath, screenshot] = process.argv.slice(2);
if (!base || !resourcePath) {
  console.error("usage: node check.js BASE_URL RESOURCE_PATH [SCREENSHOT.png]");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const problems = [];

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ccgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith("data:")) {
        return route.continue();
      }
      problems.push("request to another site: " + url);
      return route.abort();
    });
    const page = context.pages()[0] || await context.newPage();
    page.on("console", (m) => { if (m.type() === "error") problems.push("console error on " + page.url() + ": " + m.text()); });
    page.on("pageerror", (e) => problems.push("page error on " + page.url() + ": " + e.message));
    page.on("requestfailed", (r) => problems.push("failed request: " + r.url() + " " + (r.failure() || {}).errorText));
    page.on("response", (r) => { if (r.status() >= 400) problems.push("HTTP " + r.status() + ": " + r.url()); });

    await page.goto(base, { waitUntil: "load" });
    expect((await page.title()).includes("ccgraph"), "landing page title");
    expect(await page.locator("svg.diagram path").count() > 0, "the diagram has edges");
    if (screenshot) {
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    const actor = page.locator("ul.actors a").first();
    const actorName = (await actor.textContent()).trim();
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), actor.click()]);
    expect(page.url().startsWith(base + "id/"), "followed a link to an actor: " + page.url());
    expect((await page.locator("h1").textContent()).trim() === actorName, "the actor page is titled " + actorName);

    await page.goto(base + resourcePath.replace(/^\//, ""), { waitUntil: "load" });
    expect(await page.locator("figure.quote mark").count() > 0, "the resource page quotes its source");
    const sparql = page.locator("a.sparql");
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), sparql.click()]);
    await page.waitForSelector(".yasqe .CodeMirror", { timeout: 30000 });
    const text = await page.evaluate(() => window.ccgraphYasgui.getTab().getQuery());
    expect(text.startsWith("DESCRIBE <"), "the query page opened the DESCRIBE query: " + text.slice(0, 60));
    // YASGUI's own share link (query in the fragment) opens the shared query, on a fresh load and on a hash change.
    const shared = "SELECT ?shared WHERE { ?shared a ?t } LIMIT 2";
    const link = await page.evaluate((q) => { const t = window.ccgraphYasgui.getTab(); t.setQuery(q); return t.getShareableLink(); }, shared);
    expect(link.startsWith(base + "query") && link.includes("#"), "a share link on this server: " + link);
    await page.goto(base, { waitUntil: "load" });
    await page.goto(link, { waitUntil: "load" });
    await page.waitForSelector(".yasqe .CodeMirror", { timeout: 30000 });
    expect(await page.evaluate(() => window.ccgraphYasgui.getTab().getQuery()) === shared, "the share link opened the shared query");
    const other = "ASK { ?s ?p ?o }";
    await page.evaluate((q) => { window.location.hash = "query=" + encodeURIComponent(q); }, other);
    await page.waitForFunction((q) => window.ccgraphYasgui.getTab().getQuery() === q, other, { timeout: 10000 });
    await page.evaluate(() => { window.ccgraphYasgui.getTab().setQuery("SELECT ?s WHERE { ?s a ?t } LIMIT 3"); return true; });
    await page.click(".yasqe_queryButton");
    await page.waitForFunction(() => document.querySelectorAll(".yasr table tbody tr, .yasr .dataTable tbody tr").length >= 3,
      null, { timeout: 30000 });
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function expect(condition, what) {
  if (!condition) {
    problems.push("expected " + what);
  }
}

main().then(() => {
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  console.log("browser check passed");
}, (e) => {
  console.error(problems.concat([String(e && e.stack || e)]).join("\n"));
  process.exit(1);
});
