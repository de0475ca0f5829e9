package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Severity;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.convert.Verdict;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.io.InputFiles;
import org.w3id.ccgraph.structure.Language;
import org.w3id.ccgraph.structure.Layout;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The options of every command that converts a Council document: the input, the base IRI, the language. */
final class InputOptions {

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Council documents (UTF-8 text): files, folders (every .txt below) or globs. "
                    + "Default: the bundled document.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI of minted resources, ending with '/'. Default: ${DEFAULT-VALUE}")
    String base;

    @Option(names = "--lang", paramLabel = "CODE", converter = Languages.class, completionCandidates = Languages.class,
            description = "Language of the input: ${COMPLETION-CANDIDATES}. Default: recognised from the text.")
    Language language;

    @Option(names = "--layout", paramLabel = "NAME", converter = Layouts.class, completionCandidates = Layouts.class,
            description = "Layout of the input: ${COMPLETION-CANDIDATES}. Default: recognised from the text.")
    Layout layout;

    @Mixin
    Verbosity verbosity = new Verbosity();

    /** Whether the inputs name more than one document (several arguments, a folder or a glob). */
    boolean isCorpus() {
        return inputs.size() > 1 || inputs.stream().anyMatch(a -> Files.isDirectory(Path.of(a))
                || a.contains("*") || a.contains("?") || a.contains("["));
    }

    /** The document files the inputs name; links skipped on the way are reported on {@code err}. */
    List<Path> files(PrintWriter err) {
        InputFiles.Expansion found = InputFiles.expand(inputs, p -> p.getFileName().toString().endsWith(".txt"),
                "Council documents (.txt files)");
        found.warnings().forEach(d -> err.println(d.format()));
        err.flush();
        return found.files();
    }

    /** The converter these options describe. */
    Converter converter(Converter.Validation validation) {
        try {
            return Converter.create().base(base).language(language).layout(layout).validation(validation).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Converts the input (or the bundled document) and reports what it found on {@code err}. */
    Conversion convert(Converter.Validation validation, PrintWriter err) {
        Converter converter = converter(validation);
        Conversion c = inputs.isEmpty() ? converter.convertBundled() : converter.convert(Path.of(inputs.get(0)));
        report(c, err);
        return c;
    }

    /** Prints how language and layout were decided (with --verbose), then the conversion's diagnostics. */
    void report(Conversion c, PrintWriter err) {
        if (verbosity.verbose) {
            err.println(c.document().source().name() + ": " + c.document().detection());
        }
        c.diagnostics().forEach(d -> err.println(d.format()));
        err.flush();
    }

    /**
     * The exit code of a conversion's verdict. For one that may not be published it first prints why: the
     * validation results, if any, then one line with the verdict's title and what was not done.
     */
    static int verdict(Conversion c, PrintWriter err, String notDone) {
        Verdict v = c.verdict();
        if (!v.publishable()) {
            if (v == Verdict.DOES_NOT_CONFORM) {
                Reports.summary(c.report(), err);
            }
            err.println(refusal(c, notDone).format());
            err.flush();
        }
        return ExitCode.of(v);
    }

    /** The line that says why a conversion may not be published, and what was not done. */
    static Diagnostic refusal(Conversion c, String notDone) {
        Verdict v = c.verdict();
        String found = v == Verdict.DOES_NOT_CONFORM
                ? "expected a graph that conforms to the shapes, found " + c.report().getEntries().size()
                        + " validation result(s)"
                : "expected a consistent structure, found " + c.diagnostics().stream()
                        .filter(d -> d.severity() == Severity.ERROR).count() + " structure error(s)";
        return new Diagnostic(Severity.ERROR, v.refusal(), Location.of(c.document().source().name()), found + "; " + notDone);
    }

    /** Reads {@code --lang}: a code of a language with a lexicon, the others a usage error naming the known ones. */
    static final class Languages implements ITypeConverter<Language>, Iterable<String> {
        @Override
        public Language convert(String code) {
            try {
                return Language.of(code);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return Language.codes().iterator();
        }
    }

    /** Reads {@code --layout}: the name of a layout, the others a usage error naming the known ones. */
    static final class Layouts implements ITypeConverter<Layout>, Iterable<String> {
        @Override
        public Layout convert(String name) {
            try {
                return Layout.of(name);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return Layout.names().iterator();
        }
    }

}
