package org.w3id.ccgraph.graph;

import org.w3id.ccgraph.extract.InstrumentRef;

/**
 * The EU identifier schemes: from an instrument cited by number to its key, label and official
 * identifiers. Keys match those of the reference data in ontology/instruments.ttl (dir-2011-93,
 * com-2020-1, st-1234-2020, tfeu-art-1), so a citation by number and one by name meet in one node.
 */
final class InstrumentKeys {

    /** What the identifier scheme gives for one cited number. */
    record Identity(String key, String label, String type, String resourceType, String documentNumber,
                    String celex, String eli, String registerNumber, String partOf) {
    }

    private InstrumentKeys() {
    }

    /** The identity of an instrument cited by number; unknown kinds get a key and label only. */
    static Identity of(InstrumentRef ref) {
        int y = ref.year();
        String n = ref.number();
        String pad = String.format("%04d", Integer.parseInt(n));
        String kind = ref.kind();
        if (kind.equals("directive")) {
            return new Identity("dir-" + y + "-" + n, "Directive " + y + "/" + n + "/EU", "directive", "DIR",
                    y + "/" + n + "/EU", "3" + y + "L" + pad, eli("dir", y, n), null, null);
        }
        if (kind.equals("regulation")) {
            return new Identity("reg-" + y + "-" + n, "Regulation (EU) " + y + "/" + n, "regulation", "REG",
                    y + "/" + n, "3" + y + "R" + pad, eli("reg", y, n), null, null);
        }
        if (kind.equals("com")) {
            return new Identity("com-" + y + "-" + n, "COM(" + y + ") " + n, "commission-document", "COMMUNIC",
                    "COM(" + y + ") " + n, "5" + y + "DC" + pad, null, null, null);
        }
        if (kind.equals("council-document")) {
            String yy = String.format("%02d", y % 100);
            return new Identity("st-" + n + "-" + y, "Council document ST " + n + "/" + yy, "council-document", null,
                    "ST " + n + "/" + yy, null, null, "ST " + n + " " + y + " INIT", null);
        }
        if (kind.startsWith("treaty-article.")) {
            String treaty = kind.substring("treaty-article.".length());
            return new Identity(treaty + "-art-" + n, "Article " + n + " " + treaty.toUpperCase(java.util.Locale.ROOT),
                    "treaty-article", null, null, null, null, null, treaty);
        }
        return new Identity(IriScheme.slug(kind + "-" + y + "-" + n), kind + " " + n, kind, null, null, null, null, null,
                null);
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
