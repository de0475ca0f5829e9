package org.w3id.ccgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proactive content negotiation over an Accept header (RFC 9110): each offered representation gets the
 * quality of the most specific media range that matches it; the highest quality wins, ties go to the
 * server's order; quality 0 refuses. No Accept header means the first offer.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** One media range of an Accept header: type, subtype (either may be "*") and quality. */
    record Range(String type, String subtype, double quality) {

        /** How specifically this range matches a media type: -1 not at all, 0 {@code *}/{@code *}, 1 type/*, 2 exact. */
        int match(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(t)) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(s) ? 2 : -1;
        }
    }

    /** The best representation for an Accept header among the offers, empty when none is acceptable (406). */
    public static Optional<Representation> choose(String accept, List<Representation> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        Representation best = null;
        double bestQuality = 0;
        for (Representation r : offers) {
            double q = quality(ranges, r);
            if (q > bestQuality) {
                best = r;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, Representation r) {
        int specificity = -1;
        double quality = 0;
        for (Range range : ranges) {
            int m = Math.max(range.match(r.mediaType()), aliasMatch(range, r));
            if (m > specificity) {
                specificity = m;
                quality = range.quality();
            } else if (m == specificity && m >= 0) {
                quality = Math.max(quality, range.quality());
            }
        }
        return quality;
    }

    private static int aliasMatch(Range range, Representation r) {
        String type = range.type() + "/" + range.subtype();
        return !type.contains("*") && r.answers(type) ? 2 : -1;
    }

    /** The media ranges of an Accept header; malformed entries are skipped. */
    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String type = params[0].strip().toLowerCase(Locale.ROOT);
            int slash = type.indexOf('/');
            if (slash <= 0 || slash == type.length() - 1) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.startsWith("q=") || p.startsWith("Q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2))));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(type.substring(0, slash), type.substring(slash + 1), q));
        }
        return ranges;
    }
}
