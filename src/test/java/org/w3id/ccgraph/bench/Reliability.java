package org.w3id.ccgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.w3id.ccgraph.query.QueryCatalog;

/**
 * Reliability under load and faults, against the packaged jar in fresh processes on loopback. Every
 * request loop is bounded in time and stops by itself. Each check prints what it saw, then PASS or FAIL
 * with the reason, and the process exits 1 when the property it checks does not hold.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/ccgraph.jar org.w3id.ccgraph.bench.Reliability
 * load|long-query|slow-readers|kill9|kill9-first WORKDIR}
 */
public final class Reliability {

    static final Path JAR = Path.of("target/ccgraph.jar").toAbsolutePath();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Failed requests by status and target, printed after a run. */
    static final java.util.concurrent.ConcurrentHashMap<String, Integer> ERRORS = new java.util.concurrent.ConcurrentHashMap<>();

    private Reliability() {
    }

    static String shorten(String uri) {
        return uri.length() > 90 ? uri.substring(0, 90) + "..." : uri;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        List<String> failures = switch (args[0]) {
            case "load" -> load(Integer.parseInt(System.getProperty("seconds", "60")), 64);
            case "long-query" -> longQuery();
            case "slow-readers" -> SlowReaders.check(JAR);
            case "kill9" -> StoreKills.reload(work);
            case "kill9-first" -> StoreKills.firstLoad(work);
            default -> throw new IllegalArgumentException(args[0]);
        };
        verdict(args[0], failures);
    }

    /** Prints PASS, or FAIL with each reason, and exits 1 on failure. */
    static void verdict(String check, List<String> failures) {
        if (failures.isEmpty()) {
            System.out.println(check + ": PASS");
            return;
        }
        failures.forEach(f -> System.out.println(check + ": FAIL: " + f));
        System.exit(1);
    }

    static Process server(List<String> extra, int port) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-jar", JAR.toString(), "serve", "--port", Integer.toString(port)));
        cmd.addAll(extra);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String ping = "http://127.0.0.1:" + port + "/";
        for (int i = 0; i < 6000 && p.isAlive(); i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(ping)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return p;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        p.destroyForcibly().waitFor();
        throw new IllegalStateException("server did not answer");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long rssKb(Process p) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** The mixed requests: every shipped query, resources as Turtle and as HTML, the landing page. */
    static List<HttpRequest> mix(String base) {
        List<HttpRequest> mix = new ArrayList<>();
        for (String name : QueryCatalog.names()) {
            mix.add(HttpRequest.newBuilder(URI.create(base + "sparql?query=" + enc(QueryCatalog.text(name).orElseThrow())))
                    .header("Accept", "application/sparql-results+json").build());
        }
        for (String path : List.of("id/doc/12862-19", "id/doc/12862-19/p/14", "id/doc/12862-19/p/14/obligation/2",
                "id/actor/commission", "id/instrument/lanzarote-convention", "id/doc/12862-19/p/7/a")) {
            mix.add(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/turtle").build());
            mix.add(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build());
        }
        mix.add(HttpRequest.newBuilder(URI.create(base)).header("Accept", "text/html").build());
        return mix;
    }

    /** Runs {@code connections} loops of the mix for a while; returns latencies (ms) and counts errors. */
    static List<Double> hammer(List<HttpRequest> mix, int connections, int seconds, AtomicLong errors, AtomicLong done)
            throws InterruptedException {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                HttpClient client = HttpClient.newHttpClient();
                for (int i = offset; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    try {
                        HttpRequest request = mix.get(i % mix.size());
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        int status = response.statusCode();
                        if (status >= 400) {
                            errors.incrementAndGet();
                            ERRORS.merge(status + " " + shorten(request.uri().toString()) + " "
                                    + shorten(response.body().replaceAll("\\s+", " ")), 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        ERRORS.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    latencies.add((System.nanoTime() - t0) / 1e6);
                    done.incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return new ArrayList<>(latencies);
    }

    static List<String> load(int seconds, int connections) throws Exception {
        List<String> failures = new ArrayList<>();
        Process server = server(List.of(), 3393);
        try {
            List<HttpRequest> mix = mix("http://127.0.0.1:3393/");
            hammer(mix, connections, Integer.getInteger("warmup", 30), new AtomicLong(), new AtomicLong());
            long before = rssKb(server);
            AtomicLong errors = new AtomicLong();
            AtomicLong done = new AtomicLong();
            List<Double> lat = hammer(mix, connections, seconds, errors, done);
            long after = rssKb(server);
            Collections.sort(lat);
            System.out.printf(Locale.ROOT, "load: %d connections, %d s, %d requests (%.0f/s), %d errors, p50 %.1f ms, p99 %.1f ms%n",
                    connections, seconds, done.get(), done.get() / (double) seconds, errors.get(), pct(lat, 50), pct(lat, 99));
            System.out.printf(Locale.ROOT, "load: RSS after warm-up %d MiB, after the run %d MiB (%+.1f %%)%n",
                    before / 1024, after / 1024, 100.0 * (after - before) / before);
            ERRORS.forEach((k, v) -> System.out.println("load: error " + v + " x " + k));
            if (errors.get() > 0) {
                failures.add(errors.get() + " failed requests");
            }
            if (after > before * 1.10) {
                failures.add("RSS grew by more than 10 % during the run");
            }
            if (done.get() < seconds) {
                failures.add("fewer than one request per second answered");
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
        return failures;
    }

    static List<String> longQuery() throws Exception {
        List<String> failures = new ArrayList<>();
        Process server = server(List.of("--timeout", "3"), 3394);
        try {
            List<HttpRequest> mix = mix("http://127.0.0.1:3394/").subList(0, 12);
            List<Double> quiet = hammer(mix, 16, 10, new AtomicLong(), new AtomicLong());
            String slow = "PREFIX ccg: <https://w3id.org/ccgraph/def#> SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . "
                    + "?t ccg:content ?x FILTER (regex(?x, \"(.*,){12}QQQ\")) }";
            long[] cut = new long[2];
            Thread t = new Thread(() -> {
                long t0 = System.nanoTime();
                try {
                    cut[1] = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:3394/sparql?query=" + enc(slow))).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (Exception e) {
                    cut[1] = -1;
                }
                cut[0] = (System.nanoTime() - t0) / 1_000_000;
            });
            t.start();
            AtomicLong errors = new AtomicLong();
            List<Double> loaded = hammer(mix, 16, 10, errors, new AtomicLong());
            t.join();
            Collections.sort(quiet);
            Collections.sort(loaded);
            System.out.printf(Locale.ROOT, "long-query: cut off after %d ms with status %d (timeout 3 s)%n", cut[0], cut[1]);
            System.out.printf(Locale.ROOT, "long-query: others p50/p99 %.1f/%.1f ms alone, %.1f/%.1f ms beside it, %d errors%n",
                    pct(quiet, 50), pct(quiet, 99), pct(loaded, 50), pct(loaded, 99), errors.get());
            if (cut[1] != 503 || cut[0] > 5000) {
                failures.add("the long query was not cut off with 503 within 5 s (status " + cut[1] + ", " + cut[0] + " ms)");
            }
            if (errors.get() > 0) {
                failures.add(errors.get() + " other requests failed beside it");
            }
            if (pct(loaded, 99) > Math.max(2000, 5 * pct(quiet, 99))) {
                failures.add("the others' p99 beside it exceeds 2 s and 5 times their p99 alone");
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
        return failures;
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
