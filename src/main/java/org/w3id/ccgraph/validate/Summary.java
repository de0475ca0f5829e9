package org.w3id.ccgraph.validate;

import java.util.List;

/** The one-line summaries of a validation run, per input and in total. */
public final class Summary {

    private Summary() {
    }

    /** {@code file: FAIL|ok, N triples, V violations, W warnings, I infos (T ms)}, or the read failure. */
    public static String line(FileResult r, Threshold threshold) {
        if (r.failed()) {
            return r.failure().format();
        }
        String verdict = r.fails(threshold) ? "FAIL" : "ok";
        return r.name() + ": " + verdict + ", " + r.triples() + " triples, " + r.count(3) + " violations, "
                + r.count(2) + " warnings, " + r.count(1) + " infos (" + r.time().toMillis() + " ms)";
    }

    /** {@code N inputs: F failed validation, U unreadable; V violations, W warnings, I infos}. */
    public static String totals(List<FileResult> results, Threshold threshold) {
        long failing = results.stream().filter(r -> r.fails(threshold)).count();
        long unreadable = results.stream().filter(FileResult::failed).count();
        long v = results.stream().mapToLong(r -> r.count(3)).sum();
        long w = results.stream().mapToLong(r -> r.count(2)).sum();
        long i = results.stream().mapToLong(r -> r.count(1)).sum();
        return results.size() + " input(s): " + failing + " failed validation (fail-on " + threshold + "), "
                + unreadable + " unreadable; " + v + " violations, " + w + " warnings, " + i + " infos";
    }
}
