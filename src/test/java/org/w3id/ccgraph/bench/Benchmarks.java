package org.w3id.ccgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.w3id.ccgraph.query.QueryCatalog;
import org.w3id.ccgraph.query.QueryRunner;
import org.w3id.ccgraph.query.ResultFormat;
import org.w3id.ccgraph.validate.ShapesLoader;
import org.w3id.ccgraph.validate.Validator;

/**
 * The benchmark suite: every figure is a ratio against a reference measured in the same run on the same
 * machine. Run with {@code .ci/bench} (it builds the jar and the test classes first). Whole-process
 * figures spawn fresh JVMs; in-process figures warm up first.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/ccgraph.jar org.w3id.ccgraph.bench.Benchmarks WORKDIR [DOCS]};
 * {@code -Dfigures=35} runs figures 3 and 5 only (the corpus must already be in WORKDIR). Figures 8 and 9 need the
 * plain Fuseki server jar ({@code -Dfuseki.jar}, default the {@code WORKDIR/jena-fuseki-server-*.jar} that
 * {@code .ci/bench} fetches, else the one the build copies to {@code target/fuseki/}); figure 8 also needs wrk.
 * Figure 9 ({@link CorpusScale}, scale) runs only when asked ({@code -Dfigures=9}), usually with its own, larger DOCS;
 * it generates its corpus itself.
 */
public final class Benchmarks {

    private final Path work;
    private final Path jar = Path.of("target/ccgraph.jar").toAbsolutePath();
    private final int docs;

    private Benchmarks(Path work, int docs) {
        this.work = work;
        this.docs = docs;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Files.createDirectories(work);
        Benchmarks b = new Benchmarks(work, docs);
        String figures = System.getProperty("figures", "123j45678");
        if (figures.contains("1")) {
            b.conversion();
        }
        if (figures.contains("2")) {
            b.oneDocument();
        }
        if (figures.contains("3")) {
            b.validation();
        }
        if (figures.contains("j")) {
            b.javascript();
        }
        if (figures.contains("4")) {
            b.tdb2();
        }
        if (figures.contains("5")) {
            b.sparql();
        }
        if (figures.contains("7")) {
            b.startup();
        }
        if (figures.contains("8")) {
            new SparqlThroughput(b.jar, b.fusekiJar(), work).measure();
        }
        if (figures.contains("9")) {
            new CorpusScale(b.jar, b.fusekiJar(), work, docs).measure();
        }
    }

    /**
     * The plain Fuseki server jar of figures 8 and 9: -Dfuseki.jar, else the one .ci/bench fetched into WORKDIR,
     * else the one the build copies for the tests.
     */
    private Path fusekiJar() throws IOException {
        String given = System.getProperty("fuseki.jar");
        if (given != null) {
            return Path.of(given).toAbsolutePath();
        }
        Path built = Path.of("target/fuseki/jena-fuseki-server.jar");
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(f -> f.getFileName().toString().matches("jena-fuseki-server-.*\\.jar")).sorted()
                    .reduce((a, b) -> b).orElse(Files.isRegularFile(built) ? built : work.resolve("jena-fuseki-server.jar"))
                    .toAbsolutePath();
        }
    }

    private static void report(String figure, String value) {
        System.out.println(String.format(Locale.ROOT, "%-58s %s", figure, value));
        System.out.flush();
    }

    /** Figure 1 and peak memory: a corpus converted against RIOT parsing its N-Triples; 1000 against 100. */
    void conversion() throws Exception {
        Path small = work.resolve("corpus-" + docs / 10);
        Path large = work.resolve("corpus-" + docs);
        if (!Files.exists(large)) {
            new CorpusGenerator().write(docs, large);
            Files.createDirectories(small);
            try (Stream<Path> files = Files.list(large)) {
                for (Path f : files.sorted().limit(docs / 10).toList()) {
                    Files.copy(f, small.resolve(f.getFileName()));
                }
            }
        }
        Path ntLarge = work.resolve("corpus-" + docs + ".nt");
        Path ntSmall = work.resolve("corpus-" + docs / 10 + ".nt");
        Run convLarge = run(List.of("-Xmx768m", "-jar", jar.toString(), "convert", large.toString(), "--no-validate", "-o", ntLarge.toString()));
        Run convSmall = run(List.of("-Xmx768m", "-jar", jar.toString(), "convert", small.toString(), "--no-validate", "-o", ntSmall.toString()));
        Run riot = run(List.of("-cp", jar.toString(), "riotcmd.riot", "--sink", ntLarge.toString()));
        long triples;
        try (Stream<String> lines = Files.lines(ntLarge)) {
            triples = lines.count();
        }
        report("1. convert " + docs + " documents (s)", fmt(convLarge.seconds) + " (" + triples + " triples, exit " + convLarge.exit + ")");
        report("   riot --sink of their N-Triples (s)", fmt(riot.seconds));
        report("   ratio convert / riot (target <= 2)", fmt(convLarge.seconds / riot.seconds));
        report("   convert " + docs / 10 + " documents (s)", fmt(convSmall.seconds));
        report("   ratio " + docs + " / " + docs / 10 + " documents (target <= 11)", fmt(convLarge.seconds / convSmall.seconds));
        report("   peak RSS converting " + docs + " documents (MiB, target <= 1024)", Long.toString(convLarge.peakKb / 1024));
    }

    /** Figure 2: one document from the command line against riot --sink of its output, fresh JVMs, median of 5. */
    void oneDocument() throws Exception {
        Path doc = Files.list(work.resolve("corpus-" + docs)).sorted().findFirst().orElseThrow();
        Path out = work.resolve("one.nt");
        List<Double> conv = new ArrayList<>();
        List<Double> riot = new ArrayList<>();
        Path cds = jar.resolveSibling("ccgraph.jsa");
        if (!Files.exists(cds)) {
            run(List.of("-XX:ArchiveClassesAtExit=" + cds, "-jar", jar.toString(), "convert", "-o", out.toString()));
        }
        for (int i = 0; i < 5; i++) {
            conv.add(run(List.of("-XX:SharedArchiveFile=" + cds, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                    "convert", doc.toString(), "-o", out.toString())).seconds);
            riot.add(run(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", jar.toString(), "riotcmd.riot", "--sink", out.toString())).seconds);
        }
        report("2. one document, whole process, validated (s, median of 5)", fmt(median(conv)));
        report("   riot --sink of its output, fresh JVM (s, median of 5)", fmt(median(riot)));
        report("   ratio (target <= 1.2)", fmt(median(conv) / median(riot)));
    }

    /** Figure 3: seconds per million triples for the core shapes and for the SPARQL shapes. */
    void validation() throws Exception {
        Path nt = work.resolve("corpus-" + docs / 10 + ".nt");
        Model data = RDFDataMgr.loadModel(nt.toString());
        Graph all = ShapesLoader.bundledGraph();
        Model core = ModelFactory.createModelForGraph(all).difference(ModelFactory.createDefaultModel());
        Model sparql = ModelFactory.createDefaultModel();
        Model shapesModel = ModelFactory.createModelForGraph(all);
        org.apache.jena.rdf.model.Property shSparql = shapesModel.createProperty("http://www.w3.org/ns/shacl#sparql");
        for (var shape : shapesModel.listSubjectsWithProperty(shSparql).toList()) {
            var closure = org.apache.jena.util.ResourceUtils.reachableClosure(shape);
            sparql.add(closure);
            core.remove(closure);
        }
        sparql.add(shapesModel.listStatements(shapesModel.createResource("https://w3id.org/ccgraph/shapes#prefixes"), null, (org.apache.jena.rdf.model.RDFNode) null).toList());
        for (var s : shapesModel.listStatements(null, shapesModel.createProperty("http://www.w3.org/ns/shacl#declare"), (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            sparql.add(org.apache.jena.util.ResourceUtils.reachableClosure(s.getObject().asResource()));
            sparql.add(s);
        }
        double million = data.size() / 1e6;
        double coreS = timeValidation(Shapes.parse(core.getGraph()), data);
        double sparqlS = timeValidation(Shapes.parse(sparql.getGraph()), data);
        report("3. validation, core shapes (s per million triples, target <= 2)", fmt(coreS / million) + " (" + data.size() + " triples)");
        report("   validation, SPARQL shapes (s per million triples, target <= 6)", fmt(sparqlS / million));
        RDFDataMgr.write(Files.newOutputStream(work.resolve("shapes-all.ttl")), ModelFactory.createModelForGraph(all), org.apache.jena.riot.Lang.TURTLE);
    }

    /** The bundled shapes without their SHACL-SPARQL node shapes. */
    static Model coreShapes() {
        Model all = ModelFactory.createModelForGraph(ShapesLoader.bundledGraph());
        Model core = ModelFactory.createDefaultModel().add(all);
        org.apache.jena.rdf.model.Property shSparql = all.createProperty("http://www.w3.org/ns/shacl#sparql");
        for (var shape : all.listSubjectsWithProperty(shSparql).toList()) {
            core.remove(org.apache.jena.util.ResourceUtils.reachableClosure(shape));
        }
        core.setNsPrefixes(all.getNsPrefixMap());
        return core;
    }

    /** Figure 3, second part: the same data and core shapes with rdf-validate-shacl (npm): same verdict, speed. */
    void javascript() throws Exception {
        Path corpus = work.resolve("corpus-" + docs / 10);
        List<String> ten;
        try (Stream<Path> files = Files.list(corpus)) {
            ten = files.sorted().limit(10).map(Path::toString).toList();
        }
        Path nt = work.resolve("corpus-10.nt");
        List<String> args = new ArrayList<>(List.of("-jar", jar.toString(), "convert"));
        args.addAll(ten);
        args.addAll(List.of("--no-validate", "-o", nt.toString()));
        run(args);
        Path shapesFile = work.resolve("shapes-core.ttl");
        Model core = coreShapes();
        try (var out = Files.newOutputStream(shapesFile)) {
            RDFDataMgr.write(out, core, org.apache.jena.riot.Lang.TURTLE);
        }
        Model data = RDFDataMgr.loadModel(nt.toString());
        Validator v = new Validator(Shapes.parse(core.getGraph()));
        var report = v.validate(data.getGraph());
        double javaS = timeValidation(Shapes.parse(core.getGraph()), data);
        long[] counts = new long[4];
        report.getEntries().forEach(e -> counts[org.w3id.ccgraph.validate.Threshold.level(e.severity())]++);
        Process node = new ProcessBuilder("node", "src/test/shacl-js/validate.mjs", nt.toString(), shapesFile.toString())
                .redirectErrorStream(true).start();
        String json = new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        node.waitFor();
        var js = org.apache.jena.atlas.json.JSON.parse(json.substring(json.lastIndexOf('{')));
        double jsS = js.get("ms").getAsNumber().value().doubleValue() / 1000;
        report("3. core shapes, ccgraph (Jena SHACL), " + data.size() + " triples (s)", fmt(javaS) + " conforms=" + report.conforms()
                + " violations=" + counts[3] + " warnings=" + counts[2] + " infos=" + counts[1]);
        report("   rdf-validate-shacl " + "(npm) on the same data and shapes (s)", fmt(jsS) + " conforms="
                + js.get("conforms") + " violations=" + js.get("Violation") + " warnings=" + js.get("Warning") + " infos=" + js.get("Info"));
        report("   speed-up (target >= 10, same verdict)", fmt(jsS / javaS));
    }

    private static double timeValidation(Shapes shapes, Model data) {
        Validator v = new Validator(shapes);
        v.validate(data.getGraph());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            v.validate(data.getGraph());
            times.add((System.nanoTime() - t) / 1e9);
        }
        return median(times);
    }

    /**
     * Figure 4: loading the corpus into TDB2 as serve --tdb2 does (from a general in-memory dataset, as a
     * conversion makes), against tdb2.tdbloader --loader=basic.
     */
    void tdb2() throws Exception {
        Path nt = work.resolve("corpus-" + docs + ".nt");
        Path ours = work.resolve("tdb2-ccgraph");
        Path theirs = work.resolve("tdb2-tdbloader");
        deleteTree(ours);
        deleteTree(theirs);
        long t = System.nanoTime();
        Dataset parsed = DatasetFactory.create();
        RDFDataMgr.read(parsed, nt.toString());
        double parseS = (System.nanoTime() - t) / 1e9;
        org.w3id.ccgraph.io.LocalStore store = org.w3id.ccgraph.io.LocalStore.tdb2(ours);
        long r = System.nanoTime();
        store.replace(parsed);
        double replaceS = (System.nanoTime() - r) / 1e9;
        double oursS = parseS + replaceS;
        long triples = store.size();
        Run loader = run(List.of("-cp", jar.toString(), "tdb2.tdbloader", "--loader=basic", "--loc", theirs.toString(), nt.toString()));
        report("4. TDB2 load as serve --tdb2 does (triples/s)", String.format(Locale.ROOT, "%.0f", triples / oursS)
                + " (" + triples + " triples, parse included)");
        report("   tdb2.tdbloader --loader=basic, fresh JVM (triples/s)", String.format(Locale.ROOT, "%.0f", triples / loader.seconds));
        report("   ratio ours / tdbloader (target >= 0.9)", fmt(loader.seconds / oursS));
        report("   of which: parsing into memory / the store's one write transaction (s)", fmt(parseS) + " / " + fmt(replaceS)
                + " (serve --tdb2 has the converted data in memory already: " + String.format(Locale.ROOT, "%.0f", triples / replaceS)
                + " triples/s, ratio " + fmt(loader.seconds / replaceS) + ")");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Figure 7: serve until the first answer, against plain Fuseki with an in-memory dataset; median of 3. */
    void startup() throws Exception {
        List<Double> ours = new ArrayList<>();
        List<Double> fuseki = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ours.add(untilAnswer(List.of("-jar", jar.toString(), "serve", "--port", "3391"),
                    "http://127.0.0.1:3391/sparql?query=ASK%7B%7D"));
            fuseki.add(untilAnswer(List.of("-cp", jar + ":" + Path.of("target/test-classes").toAbsolutePath(),
                    "org.w3id.ccgraph.bench.PlainFuseki", "3392"), "http://127.0.0.1:3392/ds/sparql?query=ASK%7B%7D"));
        }
        report("7. serve until the first answer (s, median of 3)", fmt(median(ours)));
        report("   plain Fuseki, in-memory dataset (s, median of 3)", fmt(median(fuseki)));
        report("   ratio (target <= 1.5)", fmt(median(ours) / median(fuseki)));
    }

    /** Seconds from starting the process until the URL answers 200; the process is then stopped. */
    static double untilAnswer(List<String> args, String url) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(args);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (true) {
                try {
                    var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return (System.nanoTime() - t) / 1e9;
                    }
                } catch (IOException e) {
                    if (!p.isAlive()) {
                        throw new IllegalStateException("the server exited with " + p.exitValue());
                    }
                }
                Thread.sleep(10);
            }
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    /** Figure 5: median and 99th percentile latency of every shipped query, on one document and on the corpus. */
    void sparql() throws Exception {
        Dataset one = DatasetFactory.create(org.w3id.ccgraph.convert.Converter.create()
                .validation(org.w3id.ccgraph.convert.Converter.Validation.SKIP).build().convertBundled().graph());
        Dataset many = DatasetFactory.create(RDFDataMgr.loadModel(work.resolve("corpus-" + docs + ".nt").toString()));
        for (String name : QueryCatalog.names()) {
            Query q = QueryRunner.parse(QueryCatalog.text(name).orElseThrow());
            double[] a = latency(one, q, 50);
            double[] b = latency(many, q, 7);
            report(String.format(Locale.ROOT, "5. %-22s 1 doc median/p99 (ms)", name), fmt(a[0]) + " / " + fmt(a[1])
                    + "    " + docs + " docs: " + fmt(b[0]) + " / " + fmt(b[1]));
        }
    }

    private static double[] latency(Dataset ds, Query q, int n) {
        QueryRunner runner = new QueryRunner(ds);
        runner.run(q, ResultFormat.CSV, java.io.OutputStream.nullOutputStream());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            runner.run(q, ResultFormat.CSV, java.io.OutputStream.nullOutputStream());
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return new double[] {median(times), times.get((int) Math.ceil(0.99 * times.size()) - 1)};
    }

    record Run(double seconds, int exit, long peakKb) {
    }

    /** Runs a fresh JVM with the arguments, polling its peak resident memory (VmHWM). */
    static Run run(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(args);
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long peak = 0;
        Path status = Path.of("/proc/" + p.pid() + "/status");
        while (p.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
            } catch (IOException e) {
                break;
            }
            Thread.sleep(20);
        }
        int exit = p.waitFor();
        return new Run((System.nanoTime() - t) / 1e9, exit, peak);
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
