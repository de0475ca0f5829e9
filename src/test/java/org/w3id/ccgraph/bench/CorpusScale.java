package org.w3id.ccgraph.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.query.QueryCatalog;

/**
 * Figure 9, scale: a generated corpus of D documents through conversion, loading, restart and requests,
 * each against a reference run in the same figure on the same machine.
 * <ol>
 * <li>{@code convert} of the corpus to N-Triples (whole process, {@code --no-validate}) against {@code riot --sink}
 * of its output;</li>
 * <li>{@code serve --tdb2 DIR --reload CORPUS} (conversion, validation, the store's write transaction and the
 * publication, whole process) until its landing page answers, against {@code tdb2.tdbloader --loader=parallel}
 * and {@code --loader=basic} of that N-Triples file;</li>
 * <li>a restart of {@code serve --tdb2 DIR} on the loaded store until the first 200 of {@code /} against
 * {@code jena-fuseki-server --tdb2 --loc DIR /ds} on the same store until its first SPARQL answer, same heap, and
 * the peak resident memory (VmHWM) of both;</li>
 * <li>latency (p50/p99, one client, sequential) of dereferencing a sample of the minted IRIs as Turtle and HTML
 * and of the shipped queries ({@code /api/NAME} and {@code /sparql}), against Fuseki's {@code DESCRIBE} and
 * {@code /sparql} of the same queries; and the same through {@code serve --sparql-endpoint} in front of that
 * Fuseki when the jar has that option.</li>
 * </ol>
 * Fuseki serves the store with {@code --set tdb:unionDefaultGraph=true}: a corpus in TDB2 keeps one named graph
 * per document, and ccgraph's default graph is their union, so that both answer the same queries over the same
 * data. Every child process writes its output to {@code WORKDIR/logs/} and runs with
 * {@code -XX:+ExitOnOutOfMemoryError} (a heap too small ends the figure with the log's tail instead of a wait);
 * every wait has a time limit; every child is stopped at the end, on failure and when the harness itself is stopped.
 *
 * <p>Run through {@link Benchmarks} with {@code -Dfigures=9}; properties: {@code -Dheap=8g} (the heap of every
 * server and loader), {@code -Dheap.convert=768m}, {@code -Drestarts=3}, {@code -Dsamples=40} (IRIs dereferenced),
 * {@code -Dreps=5} (timed repetitions of each request), {@code -DseriesSeconds=120} (no further repetition after
 * that time, so that slow queries at scale do not take hours), {@code -DqueryTimeout=120} (seconds, both servers),
 * {@code -DlimitMinutes=240} (for each child process).
 */
final class CorpusScale {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String DATA = IriScheme.DEFAULT_BASE + "id/";
    private static final Pattern TRIPLES = Pattern.compile("serving .*\\(([0-9]+) triples\\)");
    private static final String ASK = "ASK { ?s ?p ?o }";
    private static final String SPARQL_JSON = "application/sparql-results+json";

    private final Path jar;
    private final Path fusekiJar;
    private final Path work;
    private final Path logs;
    private final int docs;
    private final String heap = System.getProperty("heap", "8g");
    private final String convertHeap = System.getProperty("heap.convert", "768m");
    private final int restarts = Integer.getInteger("restarts", 3);
    private final int samples = Integer.getInteger("samples", 40);
    private final int reps = Integer.getInteger("reps", 5);
    private final int queryTimeout = Integer.getInteger("queryTimeout", 120);
    /** Warm repetitions of a request stop after this many seconds (each series has at least its first round). */
    private final int seriesSeconds = Integer.getInteger("seriesSeconds", 120);
    private final Duration limit = Duration.ofMinutes(Integer.getInteger("limitMinutes", 240));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    /** Children still running, stopped at the end, on failure and by a shutdown hook. */
    private final List<Process> live = new CopyOnWriteArrayList<>();
    /** The log of each child, named in failures. */
    private final Map<Process, Path> logOf = new java.util.concurrent.ConcurrentHashMap<>();
    /** The rows of the summary table, in the layout of BENCHMARKS.md. */
    private final List<String> rows = new ArrayList<>();

    CorpusScale(Path jar, Path fusekiJar, Path work, int docs) {
        this.jar = jar;
        this.fusekiJar = fusekiJar;
        this.work = work;
        this.logs = work.resolve("logs");
        this.docs = docs;
    }

    /** A process that ran to its end: seconds, exit code and peak resident memory. */
    record Finished(double seconds, int exit, long peakKb) {
    }

    /** A server started: when it first answered at all, when it answered what was waited for, and its peak memory then. */
    record Started(Process process, double firstAnswer, double ready, long peakKb) {
    }

    /**
     * Latencies in milliseconds of one kind of request, the answers that were not 200, and the rows of the first
     * SPARQL results answered (-1 for other answers).
     */
    record Latency(List<Double> ms, Map<Integer, Integer> failures, long rows, int planned) {
        static Latency of(List<Double> ms, Map<Integer, Integer> failures, long rows, int planned) {
            List<Double> s = new ArrayList<>(ms);
            Collections.sort(s);
            return new Latency(s, failures, rows, planned);
        }

        double p(double q) {
            return ms.isEmpty() ? Double.NaN : ms.get(Math.max(0, (int) Math.ceil(q * ms.size()) - 1));
        }

        String text() {
            String f = failures.isEmpty() ? "" : " (not 200: " + failures + ")";
            String n = ms.size() < planned ? " (" + ms.size() + " of " + planned + " requests within the time of a series)" : "";
            return String.format(Locale.ROOT, "%.1f / %.1f", p(0.5), p(0.99)) + f + n;
        }
    }

    /** Runs the figure and prints one line per measurement, then the summary table. */
    void measure() throws Exception {
        if (!Files.isRegularFile(fusekiJar)) {
            throw new IllegalStateException("expected the plain Fuseki server jar at " + fusekiJar + " (.ci/bench fetches it: "
                    + "mvn dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:JENA_VERSION)");
        }
        Files.createDirectories(logs);
        Thread hook = new Thread(this::stopAll);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            report("9. scale: " + docs + " generated documents, heap " + heap + " for every server and loader",
                    "load average before: " + SparqlThroughput.loadAverage());
            Path corpus = corpus();
            Path nt = work.resolve("corpus-" + docs + ".nt");
            conversion(corpus, nt);
            List<String> iris = sample(nt);
            Path store = work.resolve("scale-tdb2-ccgraph");
            long triples = load(corpus, nt, store);
            restartAndRequests(store, iris, triples);
            report("   load average after", SparqlThroughput.loadAverage());
        } finally {
            stopAll();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
            if (!rows.isEmpty()) {
                System.out.println();
                System.out.println("| # | figure | ours | reference | ratio | target | met |");
                System.out.println("|---|---|---|---|---|---|---|");
                rows.forEach(System.out::println);
                System.out.flush();
            }
        }
    }

    /** The corpus folder, generated unless it holds the D documents already (figure 1 makes the same one). */
    private Path corpus() throws IOException {
        Path dir = work.resolve("corpus-" + docs);
        if (!Files.isDirectory(dir)) {
            new CorpusGenerator().write(docs, dir);
        }
        long found;
        try (Stream<Path> files = Files.list(dir)) {
            found = files.filter(f -> f.getFileName().toString().endsWith(".txt")).count();
        }
        if (found != docs) {
            throw new IllegalStateException("expected " + docs + " documents in " + dir + ", found " + found
                    + "; remove the folder to generate it again");
        }
        return dir;
    }

    /** Part 1: convert against riot --sink of its output. */
    private void conversion(Path corpus, Path nt) throws Exception {
        Finished convert = finish("convert", List.of("-Xmx" + convertHeap, "-jar", jar.toString(), "convert",
                corpus.toString(), "--no-validate", "-o", nt.toString()));
        Finished riot = finish("riot", List.of("-cp", jar.toString(), "riotcmd.riot", "--sink", nt.toString()));
        report("9.1 convert " + docs + " documents, --no-validate, whole process (s)", fmt(convert.seconds())
                + " (-Xmx" + convertHeap + ", peak RSS " + mib(convert.peakKb()) + " MiB, " + Files.size(nt) / (1024 * 1024)
                + " MiB of N-Triples)");
        report("    riot --sink of that N-Triples file (s)", fmt(riot.seconds()));
        report("    ratio convert / riot (target <= 2)", fmt(convert.seconds() / riot.seconds()));
        row("convert " + docs + " documents to N-Triples (whole process, `--no-validate`, `-Xmx" + convertHeap + "`)",
                fmt1(convert.seconds()) + " s", "`riot --sink` of its output: " + fmt1(riot.seconds()) + " s",
                convert.seconds() / riot.seconds(), "≤ 2", convert.seconds() / riot.seconds() <= 2);
    }

    /**
     * A fixed sample of the minted IRIs that are subjects in the N-Triples (a reservoir with a fixed seed, so the
     * same corpus gives the same sample), and the number of lines, printed.
     */
    private List<String> sample(Path nt) throws IOException {
        Random random = new Random(9);
        List<String> reservoir = new ArrayList<>();
        long seen = 0;
        long lines = 0;
        String previous = "";
        try (BufferedReader in = Files.newBufferedReader(nt, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                if (!line.startsWith("<" + DATA)) {
                    continue;
                }
                String subject = line.substring(1, line.indexOf('>'));
                if (subject.equals(previous) || subject.contains("#") || subject.startsWith(DATA + "run")) {
                    continue;
                }
                previous = subject;
                seen++;
                if (reservoir.size() < samples) {
                    reservoir.add(subject);
                } else {
                    long j = (long) (random.nextDouble() * seen);
                    if (j < samples) {
                        reservoir.set((int) j, subject);
                    }
                }
            }
        }
        List<String> iris = new ArrayList<>(new LinkedHashSet<>(reservoir));
        Collections.sort(iris);
        report("    N-Triples lines / IRIs sampled for dereferencing", lines + " / " + iris.size());
        return iris;
    }

    /** Part 2: serve --tdb2 --reload until it answers, against tdb2.tdbloader parallel and basic. Returns the triples served. */
    private long load(Path corpus, Path nt, Path store) throws Exception {
        Map<String, Finished> loaders = new TreeMap<>(Comparator.reverseOrder());
        Map<String, Long> sizes = new TreeMap<>();
        for (String loader : List.of("parallel", "basic")) {
            Path dir = fresh(work.resolve("scale-tdb2-" + loader));
            Finished f = finish("tdbloader-" + loader, List.of("-Xmx" + heap, "-cp", jar.toString(), "tdb2.tdbloader",
                    "--loader=" + loader, "--loc", dir.toString(), nt.toString()));
            loaders.put(loader, f);
            sizes.put(loader, diskKb(dir));
            deleteTree(dir);
        }
        fresh(store);
        int port = freePort();
        long t = System.nanoTime();
        Process p = start("serve-reload", List.of("-Xmx" + heap, "-jar", jar.toString(), "serve", "--port",
                Integer.toString(port), "--public-base", PUBLIC_BASE, "--timeout", Integer.toString(queryTimeout), "--tdb2", store.toString(), "--reload",
                corpus.toString()));
        Started s = await(p, t, base(port), null, base(port));
        stop(p);
        long triples = servedTriples("serve-reload");
        double ours = s.ready();
        Finished parallel = loaders.get("parallel");
        Finished basic = loaders.get("basic");
        report("9.2 serve --tdb2 --reload of " + docs + " documents until / answers 200 (s)", fmt(ours) + " (" + triples
                + " triples served; listening after " + fmt(s.firstAnswer()) + " s; peak RSS " + mib(s.peakKb()) + " MiB; store "
                + diskKb(store) / 1024 + " MiB on disk)");
        for (Map.Entry<String, Finished> e : loaders.entrySet()) {
            report("    tdb2.tdbloader --loader=" + e.getKey() + " of the N-Triples, fresh JVM (s)", fmt(e.getValue().seconds())
                    + " (peak RSS " + mib(e.getValue().peakKb()) + " MiB; store " + sizes.get(e.getKey()) / 1024 + " MiB on disk)");
        }
        report("    ratio serve --reload / tdbloader parallel, basic", fmt(ours / parallel.seconds()) + ", "
                + fmt(ours / basic.seconds()));
        report("    store written (listening) / tdbloader parallel, basic", fmt(s.firstAnswer() / parallel.seconds()) + ", "
                + fmt(s.firstAnswer() / basic.seconds()));
        row("`serve --tdb2 DIR --reload` of " + docs + " documents until `/` answers (converts and validates, writes "
                + triples + " triples, renders; listening after " + fmt1(s.firstAnswer()) + " s), peak RSS " + mib(s.peakKb())
                + " MiB", fmt1(ours) + " s", "`tdb2.tdbloader --loader=parallel` of `convert`'s N-Triples: "
                + fmt1(parallel.seconds()) + " s, " + mib(parallel.peakKb()) + " MiB", ours / parallel.seconds(), "", null);
        row("the same", fmt1(ours) + " s", "`tdb2.tdbloader --loader=basic`: " + fmt1(basic.seconds()) + " s, "
                + mib(basic.peakKb()) + " MiB", ours / basic.seconds(), "", null);
        return triples;
    }

    /**
     * The public base of every start on the store: a deployment keeps its public base from one start to the next,
     * and pages made for it (the landing page) are kept with the version of the data. Without it each start on
     * another free port would be another site, whose pages are made anew.
     */
    static final String PUBLIC_BASE = "https://data.example.org/ccgraph/";

    /** Parts 3 and 4: restarts side by side; the last of each is kept for the requests. */
    private void restartAndRequests(Path store, List<String> iris, long triples) throws Exception {
        List<Double> ourSparql = new ArrayList<>();
        List<Double> ourPage = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        List<Long> ourRss = new ArrayList<>();
        List<Long> theirRss = new ArrayList<>();
        Map<String, Latency> local = null;
        Map<String, Latency> fuseki = null;
        Map<String, Latency> remote = null;
        String remoteNote = null;
        long ourAfter = 0;
        long theirAfter = 0;
        for (int i = 0; i < restarts; i++) {
            boolean last = i == restarts - 1;
            int port = freePort();
            long t = System.nanoTime();
            Process ours = start("serve-restart-" + (i + 1), List.of("-Xmx" + heap, "-jar", jar.toString(), "serve", "--port",
                    Integer.toString(port), "--public-base", PUBLIC_BASE, "--timeout", Integer.toString(queryTimeout), "--tdb2", store.toString()));
            Started s = await(ours, t, null, base(port) + "sparql?query=" + encode(ASK), base(port));
            ourSparql.add(s.firstAnswer());
            ourPage.add(s.ready());
            ourRss.add(s.peakKb());
            report(String.format(Locale.ROOT, "9.3 restart %d: serve --tdb2, first SPARQL answer / first 200 of / (s)", i + 1),
                    fmt(s.firstAnswer()) + " / " + fmt(s.ready()) + " (peak RSS " + mib(s.peakKb()) + " MiB)");
            if (last) {
                local = requests(base(port), iris, true);
                ourAfter = peakKb(ours);
                report("    peak RSS of serve --tdb2 after the requests (MiB)", Long.toString(mib(ourAfter)));
            }
            stop(ours);
            int fport = freePort();
            String endpoint = "http://127.0.0.1:" + fport + "/ds/sparql";
            t = System.nanoTime();
            Process plain = start("fuseki-restart-" + (i + 1), List.of("-Xmx" + heap, "-jar", fusekiJar.toString(),
                    "--localhost", "--port", Integer.toString(fport), "--timeout=" + queryTimeout * 1000,
                    "--set", "tdb:unionDefaultGraph=true", "--tdb2", "--loc", store.toString(), "/ds"));
            Started f = await(plain, t, null, endpoint + "?query=" + encode(ASK), null);
            theirs.add(f.firstAnswer());
            theirRss.add(f.peakKb());
            report(String.format(Locale.ROOT, "    restart %d: plain Fuseki --tdb2 --loc, first SPARQL answer (s)", i + 1),
                    fmt(f.firstAnswer()) + " (peak RSS " + mib(f.peakKb()) + " MiB)");
            if (last) {
                fuseki = fusekiRequests(endpoint, iris);
                theirAfter = peakKb(plain);
                report("    peak RSS of Fuseki after the requests (MiB)", Long.toString(mib(theirAfter)));
                if (remoteOption()) {
                    int rport = freePort();
                    t = System.nanoTime();
                    Process front = start("serve-remote", List.of("-Xmx" + heap, "-jar", jar.toString(), "serve", "--port",
                            Integer.toString(rport), "--timeout", Integer.toString(queryTimeout), "--sparql-endpoint", endpoint));
                    try {
                        Started r = await(front, t, base(rport), null, base(rport));
                        report("    serve --sparql-endpoint (this Fuseki) until / answers 200 (s)", fmt(r.ready())
                                + " (peak RSS " + mib(r.peakKb()) + " MiB)");
                        remote = requests(base(rport), iris, false);
                    } catch (IllegalStateException e) {
                        remoteNote = "serve --sparql-endpoint failed: " + e.getMessage().lines().findFirst().orElse("")
                                + " (log: " + logOf.get(front) + ")";
                        report("    remote", remoteNote);
                        System.out.println(e.getMessage());
                    } finally {
                        stop(front);
                    }
                } else {
                    remoteNote = "serve has no --sparql-endpoint option in this jar: the remote part was not run";
                    report("    remote", remoteNote);
                }
            }
            stop(plain);
        }
        double page = Benchmarks.median(ourPage);
        double first = Benchmarks.median(ourSparql);
        double plain = Benchmarks.median(theirs);
        double rss = Benchmarks.median(ourRss.stream().map(Long::doubleValue).toList());
        double plainRss = Benchmarks.median(theirRss.stream().map(Long::doubleValue).toList());
        String of = restarts == 1 ? "one run" : "median of " + restarts;
        report("9.3 restart until / answers 200, " + of + " (s)", fmt(page));
        report("    restart until the first SPARQL answer, " + of + " (s)", fmt(first));
        report("    plain Fuseki until its first SPARQL answer, " + of + " (s)", fmt(plain));
        report("    ratio / against Fuseki (target <= 1.5)", fmt(page / plain));
        report("    peak RSS at that answer, ccgraph / Fuseki (MiB; target ratio <= 1.5)", mib((long) rss) + " / "
                + mib((long) plainRss) + ", ratio " + fmt(rss / plainRss));
        row("restart of `serve --tdb2 DIR` on the loaded store (" + triples + " triples) until `/` answers 200 (`-Xmx"
                + heap + "`, " + of + "; its `/sparql` answered after " + fmt1(first) + " s)", fmt1(page) + " s",
                "`jena-fuseki-server --tdb2 --loc DIR /ds` until its first SPARQL answer: " + fmt1(plain) + " s",
                page / plain, "≤ 1.5", page / plain <= 1.5);
        row("peak RSS (VmHWM) at that answer", mib((long) rss) + " MiB", "Fuseki: " + mib((long) plainRss) + " MiB",
                rss / plainRss, "≤ 1.5", rss / plainRss <= 1.5);
        row("peak RSS after the requests of part 4 (same queries at `/sparql`, dereference against `DESCRIBE`)",
                mib(ourAfter) + " MiB", "Fuseki: " + mib(theirAfter) + " MiB", (double) ourAfter / theirAfter, "", null);
        latencyTable(local, fuseki, remote, remoteNote);
    }

    /** Part 4 against a ccgraph server: every IRI as Turtle and HTML, then every shipped query by /api and /sparql. */
    private Map<String, Latency> requests(String base, List<String> iris, boolean sparql) throws Exception {
        Map<String, Latency> out = new TreeMap<>();
        for (String accept : List.of("text/turtle", "text/html")) {
            List<String> urls = iris.stream().map(i -> base + i.substring(IriScheme.DEFAULT_BASE.length())).toList();
            out.put("cold " + accept, series(urls, accept, 1));
            out.put("warm " + accept, series(urls, accept, reps));
        }
        for (String name : QueryCatalog.names()) {
            out.put("cold api " + name, series(List.of(base + "api/" + name), SPARQL_JSON, 1));
            out.put("warm api " + name, series(List.of(base + "api/" + name), SPARQL_JSON, reps));
            if (sparql) {
                out.put("sparql " + name, series(List.of(base + "sparql?query=" + encode(QueryCatalog.text(name).orElseThrow())),
                        SPARQL_JSON, reps));
            }
        }
        return out;
    }

    /** Part 4's reference: Fuseki's DESCRIBE of every IRI as Turtle, and every shipped query once cold, then timed. */
    private Map<String, Latency> fusekiRequests(String endpoint, List<String> iris) throws Exception {
        Map<String, Latency> out = new TreeMap<>();
        List<String> describe = iris.stream().map(i -> endpoint + "?query=" + encode("DESCRIBE <" + i + ">")).toList();
        out.put("cold text/turtle", series(describe, "text/turtle", 1));
        out.put("warm text/turtle", series(describe, "text/turtle", reps));
        for (String name : QueryCatalog.names()) {
            String url = endpoint + "?query=" + encode(QueryCatalog.text(name).orElseThrow());
            out.put("cold sparql " + name, series(List.of(url), SPARQL_JSON, 1));
            out.put("sparql " + name, series(List.of(url), SPARQL_JSON, reps));
        }
        return out;
    }

    private void latencyTable(Map<String, Latency> local, Map<String, Latency> fuseki, Map<String, Latency> remote,
            String remoteNote) {
        if (local == null || fuseki == null) {
            return;
        }
        String r = remote == null ? "not run" : null;
        for (String accept : List.of("text/turtle", "text/html")) {
            report("9.4 dereference as " + accept + ", cold p50 / p99 (ms)", local.get("cold " + accept).text() + (remote == null ? ""
                            : "    remote: " + remote.get("cold " + accept).text()));
            report("    dereference as " + accept + ", warm p50 / p99 (ms)", local.get("warm " + accept).text()
                    + (remote == null ? "" : "    remote: " + remote.get("warm " + accept).text()));
        }
        report("    Fuseki DESCRIBE as text/turtle, cold / warm p50 / p99 (ms)", fuseki.get("cold text/turtle").text()
                + "    " + fuseki.get("warm text/turtle").text());
        Latency warm = local.get("warm text/turtle");
        Latency describe = fuseki.get("warm text/turtle");
        row("dereference " + local.get("cold text/turtle").ms().size() + " sampled IRIs as Turtle, warm, p50 / p99"
                + (remote == null ? "" : "; through `--sparql-endpoint`: " + remote.get("warm text/turtle").text() + " ms"),
                warm.text() + " ms", "Fuseki `DESCRIBE` of the same IRIs: " + describe.text() + " ms (ratio: Fuseki's p50 over ours)",
                describe.p(0.5) / warm.p(0.5),
                "", null);
        row("the same as HTML, cold (first request) / warm p50"
                + (remote == null ? "" : "; through `--sparql-endpoint`: " + remote.get("cold text/html").text() + " / "
                        + remote.get("warm text/html").text() + " ms"),
                fmt1(local.get("cold text/html").p(0.5)) + " / " + fmt1(local.get("warm text/html").p(0.5)) + " ms", "", Double.NaN,
                "", null);
        System.out.println();
        System.out.println("| query | rows: /api, /sparql, Fuseki, remote | /api cold | /api warm p50 / p99 | /sparql p50 / p99 "
                + "| Fuseki /sparql cold | Fuseki p50 / p99 | remote /api cold | remote /api warm p50 / p99 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        int differ = 0;
        double logSum = 0;
        int n = 0;
        double remoteLogSum = 0;
        int remoteN = 0;
        for (String name : QueryCatalog.names()) {
            Latency api = local.get("warm api " + name);
            Latency sparql = local.get("sparql " + name);
            Latency theirs = fuseki.get("sparql " + name);
            long[] counts = {api.rows(), sparql.rows(), theirs.rows(), remote == null ? api.rows() : remote.get("warm api " + name).rows()};
            boolean same = counts[0] >= 0 && java.util.Arrays.stream(counts).allMatch(c -> c == counts[0]);
            differ += same ? 0 : 1;
            String rowCounts = api.rows() + ", " + sparql.rows() + ", " + theirs.rows() + (remote == null ? ""
                    : ", " + remote.get("warm api " + name).rows()) + (same ? "" : " **differ**");
            System.out.println("| " + name + " | " + rowCounts + " | " + fmt1(local.get("cold api " + name).p(0.5)) + " | "
                    + api.text() + " | "
                    + sparql.text() + " | " + fmt1(fuseki.get("cold sparql " + name).p(0.5)) + " | " + theirs.text() + " | "
                    + (r != null ? r : fmt1(remote.get("cold api " + name).p(0.5))) + " | "
                    + (r != null ? r : remote.get("warm api " + name).text()) + " |");
            if (sparql.failures().isEmpty() && theirs.failures().isEmpty()) {
                logSum += Math.log(theirs.p(0.5) / sparql.p(0.5));
                n++;
            }
            if (remote != null && remote.get("cold api " + name).failures().isEmpty() && theirs.failures().isEmpty()) {
                remoteLogSum += Math.log(remote.get("cold api " + name).p(0.5) / theirs.p(0.5));
                remoteN++;
            }
        }
        System.out.println("(milliseconds; one client, requests one after the other; cold = the first request after the start, "
                + "warm = " + reps + " more; rows = of the first answer, -1 when none was 200)");
        System.out.println();
        System.out.flush();
        double geo = n == 0 ? Double.NaN : Math.exp(logSum / n);
        report("9.4 shipped queries at /sparql, Fuseki p50 / ccgraph p50, geometric mean over " + n + " queries", fmt(geo)
                + (differ == 0 ? " (same number of rows from every server)" : " (" + differ + " queries with different numbers of rows)"));
        row("the " + QueryCatalog.names().size() + " shipped queries at `/sparql`, p50, geometric mean of Fuseki's over "
                + "ccgraph's (" + n + " answered by both; " + (differ == 0 ? "the same number of rows from every server"
                : differ + " with different numbers of rows") + "; per query in the table printed with the figure)", "", "", geo, "",
                null);
        if (remoteNote != null) {
            row("through `serve --sparql-endpoint` in front of that Fuseki", "not run", remoteNote, Double.NaN, "", null);
        } else if (remote != null) {
            double overhead = remoteN == 0 ? Double.NaN : Math.exp(remoteLogSum / remoteN);
            report("9.4 shipped queries at /api through --sparql-endpoint, first request over Fuseki's p50, geometric mean over "
                    + remoteN + " queries", fmt(overhead));
            row("the shipped queries at `/api` through `serve --sparql-endpoint` in front of that Fuseki, first request "
                    + "(not cached yet), geometric mean over " + remoteN + " queries answered", "", "Fuseki's own `/sparql` p50",
                    overhead, "", null);
        }
    }

    /**
     * Requests each URL once in order, {@code rounds} times, timing each until the whole body is read; answers other
     * than 200 are counted, and the rows of the first SPARQL results kept to compare the servers' answers.
     */
    private Latency series(List<String> urls, String accept, int rounds) throws InterruptedException {
        List<Double> ms = new ArrayList<>();
        Map<Integer, Integer> failures = new TreeMap<>();
        long rows = -1;
        long until = System.nanoTime() + Duration.ofSeconds(seriesSeconds).toNanos();
        for (int i = 0; i < rounds && (i == 0 || System.nanoTime() < until); i++) {
            for (String url : urls) {
                long t = System.nanoTime();
                int status;
                byte[] body = null;
                try {
                    HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                            .timeout(Duration.ofSeconds(queryTimeout + 60L)).build(), HttpResponse.BodyHandlers.ofByteArray());
                    status = resp.statusCode();
                    body = resp.body();
                } catch (IOException e) {
                    status = -1;
                }
                ms.add((System.nanoTime() - t) / 1e6);
                if (status != 200) {
                    failures.merge(status, 1, Integer::sum);
                } else if (rows < 0 && accept.equals(SPARQL_JSON)) {
                    rows = rows(body);
                }
            }
        }
        return Latency.of(ms, failures, rows, urls.size() * rounds);
    }

    /** The number of rows of SPARQL JSON results, -1 when the body is not such results. */
    private static long rows(byte[] body) {
        try {
            var results = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
            long n = 0;
            while (results.hasNext()) {
                results.next();
                n++;
            }
            return n;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Whether this jar's serve can stand in front of a remote SPARQL endpoint. */
    private boolean remoteOption() throws Exception {
        finish("serve-help", List.of("-jar", jar.toString(), "serve", "--help"));
        return Files.readString(logs.resolve("serve-help.log")).contains("--sparql-endpoint");
    }

    /**
     * Waits until the server answers: the time of its first HTTP answer of any status at {@code anyUrl} (or the
     * first 200 at {@code sparqlUrl} when given), then until {@code readyUrl} answers 200 (when given); the peak
     * resident memory at that moment. Fails when the process ends or the time limit passes first.
     */
    private Started await(Process p, long t0, String anyUrl, String sparqlUrl, String readyUrl) throws Exception {
        long until = t0 + limit.toNanos();
        double first = Double.NaN;
        double firstSparql = Double.NaN;
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the process exited with " + p.exitValue() + " before it answered:\n"
                        + tail(p));
            }
            if (anyUrl != null && Double.isNaN(first)) {
                int status = status(anyUrl, until);
                if (status > 0) {
                    first = (System.nanoTime() - t0) / 1e9;
                }
            }
            if (sparqlUrl != null && Double.isNaN(firstSparql) && status(sparqlUrl, until) == 200) {
                firstSparql = (System.nanoTime() - t0) / 1e9;
            }
            boolean sparqlDone = sparqlUrl == null || !Double.isNaN(firstSparql);
            if (readyUrl == null && sparqlDone) {
                return new Started(p, firstSparql, firstSparql, peakKb(p));
            }
            if (readyUrl != null && sparqlDone && status(readyUrl, until) == 200) {
                double ready = (System.nanoTime() - t0) / 1e9;
                long peak = peakKb(p);
                return new Started(p, sparqlUrl != null ? firstSparql : first, ready, peak);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no answer within " + limit.toMinutes() + " minutes:\n" + tail(p));
    }

    /** The status of a GET, or -1 when nothing answers (yet). */
    private int status(String url, long until) throws InterruptedException {
        long left = Math.max(1, (until - System.nanoTime()) / 1_000_000);
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMillis(left)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Starts a JVM with the arguments; its output goes to {@code logs/NAME.log}. */
    private Process start(String name, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(JAVA);
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.addAll(args);
        Path log = logs.resolve(name + ".log");
        Files.writeString(log, String.join(" ", cmd) + "\n");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        live.add(p);
        logOf.put(p, log);
        return p;
    }

    /** Runs a JVM to its end within the time limit, polling its peak resident memory. */
    private Finished finish(String name, List<String> args) throws Exception {
        long t = System.nanoTime();
        Process p = start(name, args);
        long peak = 0;
        long until = t + limit.toNanos();
        while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakKb(p));
            if (System.nanoTime() > until) {
                stop(p);
                throw new IllegalStateException(name + " did not finish within " + limit.toMinutes() + " minutes:\n" + tail(p));
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        live.remove(p);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(name + " exited with " + p.exitValue() + ":\n" + tail(p));
        }
        return new Finished(seconds, p.exitValue(), peak);
    }

    /** The command and the last lines of a child's log, for a failure's message. */
    private String tail(Process p) {
        Path log = logOf.get(p);
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return log + ":\n  " + lines.get(0) + "\n  ...\n  " + String.join("\n  ", lines.subList(Math.max(1, lines.size() - 15),
                    lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(see " + log + ")";
        }
    }

    /** Stops a process and its children: SIGTERM, then SIGKILL after 30 s. */
    private void stop(Process p) throws InterruptedException {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroyForcibly);
        live.remove(p);
    }

    private void stopAll() {
        for (Process p : live) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            live.remove(p);
        }
    }

    /** VmHWM of a running process in KiB, 0 when it is gone. */
    private static long peakKb(Process p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // ended
        }
        return 0;
    }

    /** The triples serve said it serves, from its log. */
    private long servedTriples(String log) throws IOException {
        Matcher m = TRIPLES.matcher(Files.readString(logs.resolve(log + ".log")));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Space a folder takes on disk, in KiB (du). */
    private static long diskKb(Path dir) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        du.waitFor();
        try {
            return Long.parseLong(out.split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Path fresh(Path dir) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        return dir;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String base(int port) {
        return "http://127.0.0.1:" + port + "/";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }


    private void row(String figure, String ours, String reference, double ratio, String target, Boolean met) {
        rows.add("| 9 | " + figure + " | " + ours + " | " + reference + " | " + (Double.isNaN(ratio) ? "" : fmt2(ratio)) + " | "
                + target + " | " + (met == null ? "" : met ? "yes" : "**no**") + " |");
    }

    private static void report(String figure, String value) {
        System.out.println(String.format(Locale.ROOT, "%-58s %s", figure, value));
        System.out.flush();
    }

    private static long mib(long kb) {
        return kb / 1024;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String fmt1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
