package org.w3id.ccgraph.bench;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.query.QueryCatalog;

/**
 * Figure 8: requests per second of {@code ccgraph serve}'s {@code /sparql} against a plain
 * {@code jena-fuseki-server --file} of the same data, side by side in one run, with wrk (8 connections). Both
 * servers run in fresh JVMs with the same heap; the data is the bundled document as {@code convert} writes it
 * (what {@code serve} publishes in its default graph), and each query's answers from both servers are compared
 * (the same rows or an isomorphic graph) before it is timed. Each query is warmed up on both servers, then timed in rounds that alternate which server
 * goes first; the figure is the median of the rounds.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/ccgraph.jar org.w3id.ccgraph.bench.SparqlThroughput
 * FUSEKI_JAR [WORKDIR]}; {@code -Dseconds=5 -Drounds=5 -Dwarmup=5 -DwarmupRounds=2 -Dheap=1g -Dqueries=REGEX}, and
 * {@code -Dccgraph.jar=PATH} to measure another build.
 */
public final class SparqlThroughput {

    /** One request to time: its name, the query, and the media type asked for. */
    record Request(String name, String query, String accept) {
    }

    /** A server under test: its SPARQL endpoint and its process (whose CPU time is read from /proc). */
    record Server(String endpoint, Process process) {
    }

    /** One timed run: requests per second, and the server's CPU time per request in milliseconds. */
    record Rate(double perSecond, double cpuMs) {
    }

    /** The figures of one request. */
    record Figure(String name, List<Rate> ours, List<Rate> fuseki, long answerSize) {
        double ratio() {
            return median(ours, Rate::perSecond) / median(fuseki, Rate::perSecond);
        }

        /** Fuseki's CPU time per request over ours: above 1 when ccgraph needs less CPU for a request. */
        double cpuRatio() {
            return median(fuseki, Rate::cpuMs) / median(ours, Rate::cpuMs);
        }

        static double median(List<Rate> rates, java.util.function.ToDoubleFunction<Rate> f) {
            return Benchmarks.median(rates.stream().map(f::applyAsDouble).toList());
        }
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in");
    /** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux). */
    private static final int TICKS = 100;

    private final Path jar;
    private final Path fusekiJar;
    private final Path work;
    private final int seconds = Integer.getInteger("seconds", 5);
    private final int rounds = Integer.getInteger("rounds", 5);
    private final int warmup = Integer.getInteger("warmup", 5);
    private final int warmupRounds = Integer.getInteger("warmupRounds", 2);
    private final String heap = System.getProperty("heap", "1g");
    private final String only = System.getProperty("queries", ".*");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SparqlThroughput(Path jar, Path fusekiJar, Path work) {
        this.jar = jar;
        this.fusekiJar = fusekiJar;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("sparql-throughput");
        Files.createDirectories(work);
        new SparqlThroughput(Path.of(System.getProperty("ccgraph.jar", "target/ccgraph.jar")).toAbsolutePath(),
                Path.of(args[0]).toAbsolutePath(), work).measure();
    }

    /** Runs the figure and prints one line per request and a summary. */
    List<Figure> measure() throws Exception {
        if (!Files.isRegularFile(fusekiJar)) {
            throw new IllegalStateException("expected the plain Fuseki server jar at " + fusekiJar + " (.ci/bench fetches it: "
                    + "mvn dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:JENA_VERSION)");
        }
        checkWrk();
        Path data = work.resolve("sparql-throughput.ttl");
        Benchmarks.Run convert = Benchmarks.run(List.of("-jar", jar.toString(), "convert", "-o", data.toString()));
        if (convert.exit() != 0) {
            throw new IllegalStateException("convert exited with " + convert.exit());
        }
        List<Request> requests = requests(data);
        int ourPort = freePort();
        int fusekiPort = freePort();
        Server ours = new Server("http://127.0.0.1:" + ourPort + "/sparql", start(List.of("-Xmx" + heap, "-jar",
                jar.toString(), "serve", "--port", Integer.toString(ourPort))));
        Server fuseki = new Server("http://127.0.0.1:" + fusekiPort + "/ds/sparql", start(List.of("-Xmx" + heap, "-jar",
                fusekiJar.toString(), "--localhost", "--port", Integer.toString(fusekiPort), "--file", data.toString(), "/ds")));
        try {
            awaitOk(ours.process(), "http://127.0.0.1:" + ourPort + "/");
            awaitOk(fuseki.process(), fuseki.endpoint() + "?query=" + encode("ASK {}"));
            Map<Request, Long> same = new LinkedHashMap<>();
            for (Request r : requests) {
                same.put(r, sameAnswer(r, ours.endpoint(), fuseki.endpoint()));
            }
            report("8. /sparql against plain " + fusekiJar.getFileName() + ", wrk -t2 -c8, heap " + heap,
                    "warm-up " + warmupRounds + " x " + warmup + " s, then median of " + rounds + " x " + seconds
                            + " s per query and server; load average before: " + loadAverage());
            for (int i = 0; i < warmupRounds; i++) {
                for (Request r : requests) {
                    rate(ours, r, warmup);
                    rate(fuseki, r, warmup);
                }
            }
            List<Figure> figures = new ArrayList<>();
            for (Request r : requests) {
                List<Rate> a = new ArrayList<>();
                List<Rate> b = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    if (i % 2 == 0) {
                        a.add(rate(ours, r, seconds));
                        b.add(rate(fuseki, r, seconds));
                    } else {
                        b.add(rate(fuseki, r, seconds));
                        a.add(rate(ours, r, seconds));
                    }
                }
                Figure f = new Figure(r.name(), a, b, same.get(r));
                figures.add(f);
                report(String.format(Locale.ROOT, "   %-24s ccgraph / Fuseki (req/s)", r.name()), String.format(Locale.ROOT,
                        "%6.0f / %6.0f   ratio %.2f   CPU ms/request %.2f / %.2f   ratio %.2f   %s   rounds %s / %s",
                        Figure.median(a, Rate::perSecond), Figure.median(b, Rate::perSecond), f.ratio(),
                        Figure.median(a, Rate::cpuMs), Figure.median(b, Rate::cpuMs), f.cpuRatio(),
                        f.answerSize() < 0 ? "ANSWERS DIFFER" : "same answer, " + f.answerSize()
                                + (r.accept().equals("text/turtle") ? " triples" : " rows"), whole(a), whole(b)));
            }
            report("   req/s ratio ccgraph / Fuseki: geometric mean, lowest (target >= 0.9)", String.format(Locale.ROOT,
                    "%.2f, %.2f", geometricMean(figures, Figure::ratio), lowest(figures, Figure::ratio)));
            report("   CPU per request, Fuseki / ccgraph: geometric mean, lowest", String.format(Locale.ROOT,
                    "%.2f, %.2f; load average after: %s", geometricMean(figures, Figure::cpuRatio),
                    lowest(figures, Figure::cpuRatio), loadAverage()));
            return figures;
        } finally {
            stop(ours.process());
            stop(fuseki.process());
        }
    }

    /** A plain subject-lookup SELECT and a DESCRIBE of paragraph 7(b) of the bundled document, then every shipped query. */
    private List<Request> requests(Path data) {
        Model m = RDFDataMgr.loadModel(data.toString());
        Resource paragraph = m.listSubjectsWithProperty(CCG.locator, "7(b)").next();
        List<Request> all = new ArrayList<>();
        all.add(request("select", "SELECT * WHERE { <" + paragraph.getURI() + "> ?p ?o }"));
        all.add(request("describe", "DESCRIBE <" + paragraph.getURI() + ">"));
        for (String name : QueryCatalog.names()) {
            all.add(request(name, QueryCatalog.text(name).orElseThrow()));
        }
        return all.stream().filter(r -> r.name().matches(only)).toList();
    }

    private static Request request(String name, String text) {
        Query q = QueryFactory.create(text);
        return new Request(name, text, q.isSelectType() || q.isAskType() ? "application/sparql-results+json" : "text/turtle");
    }

    /** The size of the answer (rows or triples) when both servers give the same answer, else -1. */
    private long sameAnswer(Request r, String ours, String fuseki) throws IOException, InterruptedException {
        byte[] a = get(ours, r);
        byte[] b = get(fuseki, r);
        if (r.accept().equals("text/turtle")) {
            Graph x = GraphFactory.createDefaultGraph();
            Graph y = GraphFactory.createDefaultGraph();
            RDFParser.source(new java.io.ByteArrayInputStream(a)).lang(Lang.TURTLE).parse(x);
            RDFParser.source(new java.io.ByteArrayInputStream(b)).lang(Lang.TURTLE).parse(y);
            return x.isIsomorphicWith(y) ? x.size() : -1;
        }
        var x = ResultSetMgr.read(new java.io.ByteArrayInputStream(a), ResultSetLang.RS_JSON).rewindable();
        var y = ResultSetMgr.read(new java.io.ByteArrayInputStream(b), ResultSetLang.RS_JSON).rewindable();
        long rows = x.size();
        x.reset();
        return ResultsCompare.equalsByTerm(x, y) ? rows : -1;
    }

    private byte[] get(String endpoint, Request r) throws IOException, InterruptedException {
        HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + encode(r.query())))
                .header("Accept", r.accept()).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException(r.name() + " at " + endpoint + ": HTTP " + resp.statusCode());
        }
        return resp.body();
    }

    /** Requests per second from wrk and the server's CPU time per request; any error or non-2xx answer fails the figure. */
    private Rate rate(Server server, Request r, int secs) throws IOException, InterruptedException {
        long cpu0 = cpuTicks(server.process());
        Process p = new ProcessBuilder("wrk", "-t2", "-c8", "-d" + secs + "s", "-H", "Accept: " + r.accept(),
                server.endpoint() + "?query=" + encode(r.query())).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        p.waitFor();
        long cpu = cpuTicks(server.process()) - cpu0;
        Matcher m = RATE.matcher(out);
        Matcher n = REQUESTS.matcher(out);
        if (p.exitValue() != 0 || !m.find() || !n.find() || out.contains("Non-2xx") || out.contains("Socket errors")) {
            throw new IllegalStateException("wrk on " + r.name() + " at " + server.endpoint() + ":\n" + out);
        }
        return new Rate(Double.parseDouble(m.group(1)), cpu * 1000.0 / TICKS / Long.parseLong(n.group(1)));
    }

    /** User and system CPU time of a process so far, in clock ticks (Linux /proc). */
    private static long cpuTicks(Process p) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static void checkWrk() throws InterruptedException {
        try {
            new ProcessBuilder("wrk", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("figure 8 needs wrk on the PATH (Debian: apt-get install wrk)", e);
        }
    }

    private static Process start(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private void awaitOk(Process server, String url) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server for " + url + " exited with " + server.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no answer from " + url + " within 3 minutes");
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        p.waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The load averages of the machine (1, 5, 15 minutes), or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String whole(List<Rate> values) {
        return String.join(" ", values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v.perSecond())).toList());
    }

    private static double geometricMean(List<Figure> figures, java.util.function.ToDoubleFunction<Figure> f) {
        return Math.exp(figures.stream().mapToDouble(x -> Math.log(f.applyAsDouble(x))).average().orElse(0));
    }

    private static double lowest(List<Figure> figures, java.util.function.ToDoubleFunction<Figure> f) {
        return figures.stream().mapToDouble(f).min().orElse(0);
    }

    private static void report(String figure, String value) {
        System.out.println(String.format(Locale.ROOT, "%-58s %s", figure, value));
        System.out.flush();
    }
}
