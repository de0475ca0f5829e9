package org.w3id.ccgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Twenty clients that ask for a large answer and never read it, against the packaged jar: dereferencing,
 * ASK and a Graph Store read must still be answered within 3 s each.
 */
final class SlowReaders {

    private static final int PORT = 3400;
    private static final String LARGE = "SELECT * WHERE { ?s ?p ?o VALUES ?k { 1 2 3 4 5 6 7 8 9 10 } }";

    private SlowReaders() {
    }

    static List<String> check(Path jar) throws Exception {
        List<String> failures = new ArrayList<>();
        Process server = Reliability.server(List.of(), PORT);
        List<Socket> readers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                readers.add(reader("/sparql?query=" + Reliability.enc(LARGE)));
            }
            Thread.sleep(2000);
            String base = "http://127.0.0.1:" + PORT;
            double deref = seconds(base + "/id/actor/council", "text/turtle");
            double ask = seconds(base + "/sparql?query=" + Reliability.enc("ASK { ?s ?p ?o }"), "text/csv");
            double gsp = seconds(base + "/get?default", "application/n-triples");
            System.out.printf(Locale.ROOT, "slow-readers: 20 clients not reading a 15 MB answer; dereferencing %.2f s, "
                    + "ASK %.2f s, /get %.2f s%n", deref, ask, gsp);
            if (deref > 3 || ask > 3 || gsp > 3) {
                failures.add("a request beside the slow readers took more than 3 s (or failed)");
            }
        } finally {
            for (Socket r : readers) {
                r.close();
            }
            server.destroy();
            server.waitFor();
        }
        return failures;
    }

    private static Socket reader(String path) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress("127.0.0.1", PORT));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/sparql-results+json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Seconds until a 200 answer; a failure or another status counts as a minute. */
    private static double seconds(String url, String accept) {
        long t0 = System.nanoTime();
        try {
            int status = Reliability.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Accept", accept).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? (System.nanoTime() - t0) / 1e9 : 60;
        } catch (Exception e) {
            return 60;
        }
    }
}
