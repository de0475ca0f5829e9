package org.w3id.ccgraph.graph;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.extract.InstrumentRef;

/**
 * The EU identifier schemes: from an instrument cited by number to its key, label and official
 * identifiers. Keys match those of the reference data in ontology/instruments.ttl (dir-2011-93,
 * com-2020-1, st-1234-2020, tfeu-art-1), so a citation by number and one by name meet in one node. Every
 * rule, with its source, is in docs/instrument-identifiers.md; a CELEX number or ELI is given only where
 * the rule settles it.
 */
final class InstrumentKeys {

    /** What the identifier scheme gives for one cited number. */
    record Identity(String key, String label, String type, String resourceType, String documentNumber,
                    String celex, String eli, String registerNumber, String partOf) {
    }

    /**
     * An act of the Official Journal numbered year and number: its key prefix, its English name, its
     * instrument type, resource type, ELI type and CELEX sector 3 descriptor (by canonical domain).
     */
    private record Act(String prefix, String name, String type, String resourceType, String eliType,
                       Function<String, String> descriptor) {
    }

    private static final Map<String, Act> ACTS = Map.of(
            "directive", new Act("dir", "Directive", "directive", "DIR", "dir", d -> "L"),
            "regulation", new Act("reg", "Regulation", "regulation", "REG", "reg", d -> "R"),
            "decision", new Act("dec", "Decision", "decision", "DEC", "dec", d -> "D"),
            "framework-decision", new Act("fd", "Framework Decision", "framework-decision", "DEC_FRAMW", "dec_framw",
                    d -> "F"),
            "joint-action", new Act("ja", "Joint Action", "joint-action", null, null,
                    d -> d.equals("JHA") ? "F" : d.equals("CFSP") ? "E" : null),
            "common-position", new Act("cp", "Common Position", "common-position", null, null,
                    d -> d.equals("CFSP") ? "E" : null),
            "recommendation", new Act("reco", "Recommendation", "recommendation", "RECO", "reco", d -> "H"));

    /** Commission document series and the CELEX sector 5 descriptor each always has (null: it depends). */
    private static final Map<String, String> COMMISSION = Map.of("com", "", "sec", "SC", "swd", "SC", "join", "JC",
            "c", "");

    /** SWD replaced SEC for staff working documents in 2012; later SEC numbers share no CELEX rule. */
    private static final int FIRST_SWD_YEAR = 2012;

    private static final Pattern REGISTER_SUFFIX = Pattern.compile("(ADD|REV|COR)\\s?(\\d+)");

    private InstrumentKeys() {
    }

    /** The identity of an instrument cited by number; unknown kinds get a key and label only. */
    static Identity of(InstrumentRef ref) {
        String kind = ref.kind();
        if (ACTS.containsKey(kind)) {
            return act(ref, ACTS.get(kind));
        }
        if (COMMISSION.containsKey(kind)) {
            return commissionDocument(ref);
        }
        if (kind.equals("council-document")) {
            return councilDocument(ref);
        }
        if (kind.equals("oj")) {
            return publication(ref);
        }
        if (kind.startsWith("treaty-article.")) {
            String treaty = kind.substring("treaty-article.".length());
            return new Identity(IriScheme.slug(treaty + "-art-" + ref.number()),
                    "Article " + ref.number() + " " + treaty.toUpperCase(Locale.ROOT), "treaty-article", null, null,
                    null, null, null, treaty);
        }
        String key = IriScheme.slug(kind + "-" + ref.year() + "-" + ref.number());
        return new Identity(key, kind + " " + ref.number(), kind, null, null, null, null, null, null);
    }

    /** A directive, regulation, decision ...: key by type, year and number; CELEX and ELI by type. */
    private static Identity act(InstrumentRef ref, Act act) {
        int y = ref.year();
        String n = ref.number();
        String domain = ref.part("domain") == null ? "" : ref.part("domain");
        String number = actNumber(ref, domain);
        String descriptor = act.descriptor().apply(domain);
        return new Identity(act.prefix() + "-" + y + "-" + n, act.name() + " " + number, act.type(), act.resourceType(),
                number, descriptor == null ? null : celex(3, y, descriptor, n),
                act.eliType() == null ? null : eli(act.eliType(), y, n), null, null);
    }

    /**
     * The number of an act as the style guide prints it, in the order the text printed it: "(EU) 2017/541",
     * "2011/93/EU", "(EC) No 1383/2003", "No 1031/2000/EC"; years before 1999 in two digits.
     */
    private static String actNumber(InstrumentRef ref, String domain) {
        String year = ref.year() < 1999 ? String.format("%02d", ref.year() % 100) : Integer.toString(ref.year());
        String layout = ref.part("layout") == null ? "year-number-domain" : ref.part("layout");
        return switch (layout) {
            case "domain-year-number" -> "(" + domain + ") " + year + "/" + ref.number();
            case "domain-number-year" -> "(" + domain + ") No " + ref.number() + "/" + year;
            case "number-year-domain" -> "No " + ref.number() + "/" + year + "/" + domain;
            default -> year + "/" + ref.number() + "/" + domain;
        };
    }

    /** COM, SEC, SWD, JOIN and C documents: CELEX sector 5 only where the series or the words settle it. */
    private static Identity commissionDocument(InstrumentRef ref) {
        int y = ref.year();
        String series = ref.kind().toUpperCase(Locale.ROOT);
        String label = series + "(" + y + ") " + ref.number();
        String descriptor = COMMISSION.get(ref.kind()).isEmpty() ? ref.part("descriptor") : COMMISSION.get(ref.kind());
        if (ref.kind().equals("sec") && y >= FIRST_SWD_YEAR) {
            descriptor = null;
        }
        return new Identity(ref.kind() + "-" + y + "-" + ref.number(), label, "commission-document", null, label,
                descriptor == null ? null : celex(5, y, descriptor, ref.number()), null, null, null);
    }

    /** A Council document: "ST 7619/05 REV 1", register number "ST 7619 2005 REV 1", key st-7619-2005-rev-1. */
    private static Identity councilDocument(InstrumentRef ref) {
        int y = ref.year();
        String n = ref.number();
        String suffix = registerSuffix(ref);
        String yy = String.format("%02d", y % 100);
        String printed = "ST " + n + "/" + yy + (suffix.isEmpty() ? "" : " " + suffix);
        String register = "ST " + n + " " + y + " " + (suffix.isEmpty() ? "INIT" : suffix);
        String key = "st-" + n + "-" + y + (suffix.isEmpty() ? "" : "-" + IriScheme.slug(suffix));
        return new Identity(key, "Council document " + printed, "council-document", null, printed, null, null, register,
                null);
    }

    /** ADD, REV and COR in the register's order; the revision may be printed "7619/1/05" or "7619/05 REV 1". */
    private static String registerSuffix(InstrumentRef ref) {
        String add = null;
        String rev = ref.part("rev");
        String cor = null;
        Matcher m = REGISTER_SUFFIX.matcher(ref.part("suffix") == null ? "" : ref.part("suffix"));
        while (m.find()) {
            switch (m.group(1)) {
                case "ADD" -> add = m.group(2);
                case "REV" -> rev = m.group(2);
                default -> cor = m.group(2);
            }
        }
        StringBuilder sb = new StringBuilder();
        append(sb, "ADD", add);
        append(sb, "REV", rev);
        append(sb, "COR", cor);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String code, String number) {
        if (number != null) {
            sb.append(sb.length() == 0 ? "" : " ").append(code).append(' ').append(number);
        }
    }

    /** A place in the Official Journal: "OJ C 168, 13.7.2002, p. 2", key oj-c-2002-168-p2. */
    private static Identity publication(InstrumentRef ref) {
        String series = ref.part("series");
        String edition = ref.part("edition");
        String page = ref.part("page");
        String issue = ref.number() + (edition == null ? "" : " " + edition);
        String label = "OJ " + (series == null ? "" : series + " ") + issue + ", " + ref.part("day") + "."
                + ref.part("month") + "." + ref.year() + (page == null ? "" : ", p. " + page);
        String key = "oj-" + (series == null ? "" : series + "-") + ref.year() + "-" + issue.replace(" ", "")
                + (page == null ? "" : "-p" + page);
        return new Identity(key.toLowerCase(Locale.ROOT), label, "oj-publication", null, label, null, null, null, null);
    }

    /**
     * A CELEX number: sector, four-digit year, descriptor, number zero-padded to four digits; none for a
     * number of more than four digits, which the scheme does not foresee for these documents.
     */
    private static String celex(int sector, int year, String descriptor, String number) {
        if (number.length() > 4) {
            return null;
        }
        return sector + Integer.toString(year) + descriptor + "0".repeat(4 - number.length()) + number;
    }

    /** The ELI of an act of the Official Journal, e.g. http://data.europa.eu/eli/dir/2020/1/oj. */
    static String eli(String type, int year, String number) {
        return ELI.DATA_NS + type + "/" + year + "/" + number + "/oj";
    }

    /** The Cellar IRI of a CELEX number. */
    static String cellar(String celex) {
        return EUAuthority.CELLAR_CELEX + celex;
    }

    /** The Council register page of a document register number such as "ST 1234 2020 INIT". */
    static String register(String registerNumber, String language) {
        return EUAuthority.COUNCIL_REGISTER + registerNumber.replace(' ', '-') + "/" + language + "/pdf";
    }
}
