package org.w3id.ccgraph.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.ccgraph.graph.ELI;
import org.w3id.ccgraph.graph.IriScheme;

/**
 * Not a test: a side-by-side benchmark of dereferencing a resource as Turtle against Fuseki's own
 * {@code /sparql} DESCRIBE of the same resource, on the same server, 16 connections, warm. Starts the server
 * on a free loopback port over the bundled document. Run (see BENCHMARKS.md):
 * {@code java -cp target/ccgraph.jar:target/test-classes org.w3id.ccgraph.serve.DereferenceBenchmark [SECONDS] [CONNECTIONS]}
 */
public final class DereferenceBenchmark {

    private DereferenceBenchmark() {
    }

    /** Runs both measurements twice, alternating, and prints requests per second and the ratio. */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        try (TestServer s = TestServer.bundledServer()) {
            Resource paragraph = TestServer.bundled().graph().listSubjectsWithProperty(RDF.type, ELI.WorkSubdivision).next();
            String iri = paragraph.getURI();
            String deref = s.url("/" + iri.substring(IriScheme.DEFAULT_BASE.length()));
            String describe = s.url("/sparql?query=" + URLEncoder.encode("DESCRIBE <" + iri + ">", StandardCharsets.UTF_8));
            System.out.println("resource: " + iri);
            System.out.println("dereference: " + deref);
            System.out.println("describe:    " + describe);
            measure(deref, connections, 3);
            measure(describe, connections, 3);
            double[] d = new double[2];
            double[] q = new double[2];
            for (int round = 0; round < 2; round++) {
                d[round] = measure(deref, connections, seconds);
                q[round] = measure(describe, connections, seconds);
                System.out.printf(Locale.ROOT, "round %d: dereference %.0f req/s, DESCRIBE %.0f req/s%n", round + 1, d[round], q[round]);
            }
            double dm = Math.max(d[0], d[1]);
            double qm = Math.max(q[0], q[1]);
            System.out.printf(Locale.ROOT, "best: dereference %.0f req/s, /sparql DESCRIBE %.0f req/s, ratio %.2f%n", dm, qm, dm / qm);
        }
    }

    /** Requests per second of GETs with Accept: text/turtle on {@code connections} connections for some seconds. */
    private static double measure(String url, int connections, int seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").build();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        (r.statusCode() == 200 && r.body().length > 0 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (failed.get() > 0) {
            System.out.println("  " + failed.get() + " failed requests to " + url);
        }
        return ok.get() / elapsed;
    }
}
