package org.w3id.ccgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDFLib;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.query.QueryCatalog;
import org.w3id.ccgraph.query.QueryRunner;
import org.w3id.ccgraph.query.ResultFormat;
import org.w3id.ccgraph.validate.ContextLoader;
import org.w3id.ccgraph.validate.RdfReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ccgraph query}: a named query or a query file over the converted graph. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run a SPARQL query from queries/ by name, or a .rq file, over the bundled document's "
                + "graph or over --data.", "Named queries: ${COMMAND-NAME}  --list"},
        footer = ExitCode.HELP)
final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq",
            description = "A query name from queries/ (e.g. paragraphs) or a SPARQL file.")
    String query;

    @Option(names = "--data", paramLabel = "FILE",
            description = "RDF files (any syntax, by extension) or Council documents (.txt) to query; the named "
                    + "graphs of quad files are also merged into the default graph. Default: the bundled document.")
    List<Path> data = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "csv, tsv, json or table. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--list", description = "List the named queries with what each answers.")
    boolean list;

    @Option(names = "--fetch-contexts", description = "Read JSON-LD @context URLs (http, https, file) of the data, "
            + "10 s and 4 MiB at most each. Default: reading data opens no connection and no file beyond the inputs.")
    boolean fetchContexts;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (list || query == null) {
            for (String name : QueryCatalog.names()) {
                String first = QueryCatalog.description(QueryCatalog.text(name).orElseThrow()).split("\n")[0];
                spec.commandLine().getOut().printf("%-22s %s%n", name, first);
            }
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        ResultFormat resultFormat = ResultFormat.byName(format).orElseThrow(() ->
                new UsageException("unknown format '" + format + "'; expected csv, tsv, json or table"));
        Query parsed = parse(queryText());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(dataset()).run(parsed, resultFormat, out);
        spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private String queryText() throws IOException {
        if (query.endsWith(".rq") || query.endsWith(".sparql") || query.contains("/")) {
            try {
                return Files.readString(Path.of(query), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new InputException(Title.NO_SUCH_FILE, Location.of(query), "expected an existing SPARQL query file", e);
            }
        }
        return QueryCatalog.text(query).orElseThrow(() -> new UsageException("no query named '" + query
                + "'; expected one of " + String.join(", ", QueryCatalog.names()) + " or a .rq file"));
    }

    private Query parse(String text) {
        try {
            return QueryRunner.parse(text);
        } catch (QueryParseException e) {
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)")
                    .matcher(e.getMessage());
            Location where = at.find() ? new Location(query, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)))
                    : new Location(query, e.getLine(), e.getColumn());
            throw new InputException(Title.UNPARSEABLE_QUERY, where,
                    "expected SPARQL 1.1: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private Dataset dataset() {
        Dataset ds = DatasetFactory.create();
        if (data.isEmpty()) {
            ds.getDefaultModel().add(Converter.create().validation(Converter.Validation.SKIP).build()
                    .convertBundled().graph());
            return ds;
        }
        for (Path p : data) {
            if (RDFLanguages.filenameToLang(p.toString()) == null || p.toString().endsWith(".txt")) {
                ds.getDefaultModel().add(Converter.create().validation(Converter.Validation.SKIP).build()
                        .convert(p).graph());
            } else {
                RdfReader.read(p, RdfReader.syntax(p, null),
                        fetchContexts ? ContextLoader.Contexts.FETCH : ContextLoader.Contexts.REFUSE,
                        StreamRDFLib.dataset(ds.asDatasetGraph()));
            }
        }
        if (ds.listNames().hasNext()) {
            ds.getDefaultModel().add(ds.getUnionModel());
        }
        return ds;
    }
}
