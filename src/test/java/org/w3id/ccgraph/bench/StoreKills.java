package org.w3id.ccgraph.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * kill -9 of {@code serve --tdb2} while it loads, then a restart: a reload killed part-way leaves the
 * previous complete graph or, once committed, the new complete one, never a part; a first load killed
 * before it committed leaves an empty store that a restart refuses (STORE NOT LOADED) instead of filling
 * it with the bundled document.
 */
final class StoreKills {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private StoreKills() {
    }

    static List<String> reload(Path work) throws Exception {
        List<String> failures = new ArrayList<>();
        Path corpus = corpus(work);
        long full = fullReload(work, corpus);
        Path db = fresh(work.resolve("tdb2-kill9"));
        Process first = serving(List.of("--tdb2", db.toString(), "--reload"), 3395);
        long before = count(3395);
        first.destroy();
        first.waitFor();
        int duringLoad = 0;
        for (int delay : new int[] {5000, 40000, 60000, 75000, 90000, 120000}) {
            Process reload = start(List.of("serve", "--port", "3396", "--tdb2", db.toString(), "--reload", corpus.toString()));
            Thread.sleep(delay);
            boolean serving = answers(3396);
            reload.destroyForcibly().waitFor();
            Process again = serving(List.of("--tdb2", db.toString()), 3397);
            long after = count(3397);
            again.destroy();
            again.waitFor();
            String verdict = after == before ? "the previous complete graph"
                    : after == full ? "the reloaded complete graph (the reload had committed before the kill)"
                    : "PARTIAL: neither the previous nor the reloaded graph";
            System.out.printf(Locale.ROOT, "kill9: kill -9 %d ms into a reload of 200 documents (%s): "
                    + "%d triples before, %d served after restart -> %s%n", delay, serving ? "already serving" : "still loading",
                    before, after, verdict);
            if (verdict.startsWith("PARTIAL")) {
                failures.add("after a kill " + delay + " ms into the reload the store served " + after + " triples");
            }
            if (serving) {
                break;
            }
            duringLoad++;
        }
        if (duringLoad == 0) {
            failures.add("no kill landed while the reload was still running, so nothing was checked");
        }
        return failures;
    }

    static List<String> firstLoad(Path work) throws Exception {
        List<String> failures = new ArrayList<>();
        Path corpus = corpus(work);
        Path db = fresh(work.resolve("tdb2-first"));
        Process load = start(List.of("serve", "--port", "3398", "--tdb2", db.toString(), corpus.toString()));
        Thread.sleep(5000);
        boolean serving = answers(3398);
        load.destroyForcibly().waitFor();
        Path err = work.resolve("first-restart.err");
        Process restart = new ProcessBuilder(JAVA, "-jar", Reliability.JAR.toString(), "serve", "--port", "3399", "--tdb2",
                db.toString()).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = restart.waitFor(120, TimeUnit.SECONDS);
        boolean answered = !ended && answers(3399);
        restart.destroyForcibly().waitFor();
        String said = Files.readString(err).strip();
        System.out.printf(Locale.ROOT, "kill9-first: kill -9 5 s into the first load of 200 documents (%s); the restart "
                + "without an input %s, exit %s: %s%n", serving ? "already serving" : "still loading",
                ended ? "ended" : answered ? "SERVED something" : "did not end", ended ? restart.exitValue() : "-", said);
        if (serving) {
            failures.add("the first load had committed within 5 s, so nothing was checked");
        }
        if (!ended || restart.exitValue() != 4 || !said.contains("error: STORE NOT LOADED: ")) {
            failures.add("the restart did not refuse the empty store with STORE NOT LOADED and exit code 4");
        }
        return failures;
    }

    /** How many triples a complete reload of the corpus stores, measured by doing one. */
    private static long fullReload(Path work, Path corpus) throws Exception {
        Path db = fresh(work.resolve("tdb2-full"));
        Process p = serving(List.of("--tdb2", db.toString(), "--reload", corpus.toString()), 3395);
        long n;
        try {
            n = count(3395);
        } finally {
            p.destroy();
            p.waitFor();
        }
        System.out.println("kill9: a complete reload of the 200 documents stores " + n + " triples");
        return n;
    }

    /**
     * serve with the arguments on a port, with the JVM's default heap (a restart on two million triples
     * needs more than the 1 GiB of the load check), once its pages answer.
     */
    private static Process serving(List<String> args, int port) throws Exception {
        List<String> all = new ArrayList<>(List.of("serve", "--port", Integer.toString(port)));
        all.addAll(args);
        Process p = start(all);
        for (int i = 0; i < 2400 && p.isAlive(); i++) {
            try {
                if (Reliability.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return p;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        p.destroyForcibly().waitFor();
        throw new IllegalStateException("serve " + args + " did not answer within 20 minutes");
    }

    private static Path corpus(Path work) throws Exception {
        Path corpus = work.resolve("corpus-kill9");
        if (!Files.exists(corpus)) {
            new CorpusGenerator().write(200, corpus);
        }
        return corpus;
    }

    private static Path fresh(Path db) throws Exception {
        if (Files.exists(db)) {
            try (var all = Files.walk(db)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return db;
    }

    private static Process start(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-jar", Reliability.JAR.toString()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    static boolean answers(int port) {
        try {
            return Reliability.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sparql?query="
                    + Reliability.enc("ASK {}"))).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** Triples in every graph, the record of the commit included. */
    static long count(int port) throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
        String body = Reliability.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sparql?query="
                + Reliability.enc(q))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(body.strip().split("\\s+")[1]);
    }
}
