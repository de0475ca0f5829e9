package org.w3id.ccgraph;

/**
 * The catalogue of every error and warning title ccgraph prints, each documented under its own heading in
 * the README's error catalogue with its cause, its exit code and the fix. A failure or finding names one of
 * these; no title is written as a string anywhere else.
 */
public enum Title {

    // Reading an input file or folder
    /** The input does not exist. */
    NO_SUCH_FILE("NO SUCH FILE"),
    /** The input is a folder where a file is expected. */
    NOT_A_FILE("NOT A FILE"),
    /** The input exists but cannot be read. */
    UNREADABLE_INPUT("UNREADABLE INPUT"),
    /** The input is larger than any Council text. */
    INPUT_TOO_LARGE("INPUT TOO LARGE"),
    /** The input holds nothing but white space. */
    EMPTY_INPUT("EMPTY INPUT"),
    /** The input holds a NUL byte. */
    BINARY_INPUT("BINARY INPUT"),
    /** The input is not valid UTF-8. */
    NOT_UTF_8("NOT UTF-8"),
    /** A folder holds no file the command reads. */
    NO_DOCUMENTS("NO DOCUMENTS"),
    /** A symbolic link leads back into a folder being read (warning). */
    SYMLINK_LOOP("SYMLINK LOOP"),

    // Reading a Council text
    /** Nothing after the header opens the text proper. */
    NO_NUMBERED_PARAGRAPHS("NO NUMBERED PARAGRAPHS"),
    /** The text is in no language with a lexicon. */
    UNKNOWN_LANGUAGE("UNKNOWN LANGUAGE"),
    /** The header prints no identifier (warning). */
    NO_IDENTIFIER("NO IDENTIFIER"),
    /** A number does not follow on in its list. */
    NUMBERING_REPEAT("NUMBERING REPEAT"),
    /** A number is skipped in its list (warning). */
    NUMBERING_GAP("NUMBERING GAP"),
    /** Superscript digits name no footnote (warning). */
    ANCHOR_WITHOUT_FOOTNOTE("ANCHOR WITHOUT FOOTNOTE"),
    /** A footnote has no anchor (warning). */
    FOOTNOTE_NEVER_ANCHORED("FOOTNOTE NEVER ANCHORED"),
    /** A footnote is anchored in more than one place (warning). */
    FOOTNOTE_ANCHORED_TWICE("FOOTNOTE ANCHORED TWICE"),
    /** The summary after structural errors: the conversion may not be published. */
    STRUCTURE_ERRORS("STRUCTURE ERRORS"),
    /** A directive names no addressee (warning). */
    NO_ADDRESSEE("NO ADDRESSEE"),

    // Converting many documents
    /** A document failed in a way ccgraph did not expect. */
    CONVERSION_FAILED("CONVERSION FAILED"),
    /** A document's graph has violations: it may not be published. */
    DOES_NOT_CONFORM("DOES NOT CONFORM"),

    // RDF, shapes and queries
    /** A query file is not SPARQL. */
    UNPARSEABLE_QUERY("UNPARSEABLE QUERY"),
    /** An RDF file does not parse. */
    UNPARSEABLE_RDF("UNPARSEABLE RDF"),
    /** An RDF file nests deeper than any parser should follow. */
    NESTED_TOO_DEEPLY("NESTED TOO DEEPLY"),
    /** The syntax of an RDF file is not known. */
    UNKNOWN_RDF_SYNTAX("UNKNOWN RDF SYNTAX"),
    /** Two RDF parsers read a file differently. */
    PARSERS_DISAGREE("PARSERS DISAGREE"),
    /** A shapes file does not parse. */
    UNPARSEABLE_SHAPES("UNPARSEABLE SHAPES"),

    // The command line and its environment
    /** An option or argument that makes no sense. */
    USAGE("USAGE"),
    /** An output could not be written. */
    WRITE_FAILED("WRITE FAILED"),
    /** A store holds no committed conversion. */
    STORE_NOT_LOADED("STORE NOT LOADED"),
    /** A store is held by another process. */
    STORE_LOCKED("STORE LOCKED"),
    /** The port to listen on is taken. */
    PORT_IN_USE("PORT IN USE"),
    /** An option that is kept for old scripts (warning). */
    DEPRECATED_OPTION("DEPRECATED OPTION"),
    /** A remote store cannot be reached. */
    STORE_UNREACHABLE("STORE UNREACHABLE"),
    /** A remote store refused the request. */
    STORE_REFUSED("STORE REFUSED"),
    /** A password given where other users can read it (warning). */
    PASSWORD_ON_COMMAND_LINE("PASSWORD ON COMMAND LINE"),
    /** A store reached unencrypted over the network (warning). */
    PLAIN_HTTP("PLAIN HTTP"),
    /** A bug or a failure of the machine. */
    INTERNAL_ERROR("INTERNAL ERROR");

    private final String text;

    Title(String text) {
        this.text = text;
    }

    /** The title as printed, e.g. {@code NOT UTF-8}. */
    public String text() {
        return text;
    }

    /** The title as printed. */
    @Override
    public String toString() {
        return text;
    }
}
