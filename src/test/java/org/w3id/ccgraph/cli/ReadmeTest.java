package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.query.QueryCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the README says about the commands is what they do: its sample output is real, its options table and
 * usage lines are those of the commands, its queries table lists the shipped queries, its contents list every
 * section and its links lead somewhere. (ReadmeCommandsIT runs its commands.)
 */
class ReadmeTest {

    private static final Markdown README = Markdown.read(Path.of("README.md"));
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[A-Za-z][\\w-]*)");

    private static Map<String, CommandLine> commands() {
        Map<String, CommandLine> commands = new TreeMap<>(Main.commandLine().getSubcommands());
        commands.remove("help");
        return commands;
    }

    @Test
    void theContentsListEverySectionAndEveryLinkLeadsToAFileOrHeading() throws Exception {
        List<String> contents = README.section("Contents");
        for (Markdown.Heading h : README.headings()) {
            if (h.level() == 2 && !h.text().equals("Contents")) {
                assertTrue(contents.stream().anyMatch(l -> l.contains("](#" + h.anchor() + ")")),
                        "the contents do not list ## " + h.text());
            }
        }
        List<Path> documents = new ArrayList<>(List.of(README.file()));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path doc : documents) {
            Markdown md = Markdown.read(doc);
            for (Markdown.Link link : md.links()) {
                if (link.target().matches("^[a-z]+:.*") || link.target().equals("#")) {
                    continue;
                }
                String[] parts = link.target().split("#", 2);
                Path target = parts[0].isEmpty() ? doc : doc.toAbsolutePath().getParent().resolve(parts[0]).normalize();
                if (!Files.exists(target)) {
                    broken.add(doc + ":" + link.line() + ": no file " + link.target());
                } else if (parts.length == 2 && Markdown.read(target).headings().stream()
                        .noneMatch(h -> h.anchor().equals(parts[1]))) {
                    broken.add(doc + ":" + link.line() + ": no heading for " + link.target());
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theTurtleSampleIsPartOfTheConvertedBundledDocument() {
        Markdown.Block turtle = README.blocks("What you get").stream().filter(b -> b.lang().equals("turtle")).findFirst()
                .orElseThrow(() -> new AssertionError("What you get has no Turtle sample"));
        Model sample = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(turtle.text())).lang(Lang.TURTLE).parse(sample);
        Model bundled = Fixtures.bundledGraph();
        List<String> invented = sample.listStatements().toList().stream().filter(s -> !bundled.contains(s))
                .map(Statement::toString).sorted().toList();
        assertEquals(List.of(), invented, "README.md:" + turtle.line() + ": triples of the sample that convert does not write");
        assertTrue(sample.size() >= 20, "the sample shows a paragraph, its act and obligation with provenance: " + sample.size());
        assertTrue(sample.contains(null, sample.createProperty("https://w3id.org/ccgraph/def#", "addressee")),
                "the sample shows an obligation's addressee");
    }

    @Test
    void theQuerySampleIsWhatItsCommandPrints() {
        List<Markdown.Block> blocks = README.blocks("What you get");
        int at = blocks.stream().filter(b -> b.lang().equals("sh")).map(blocks::indexOf).findFirst()
                .orElseThrow(() -> new AssertionError("What you get has no command"));
        String command = blocks.get(at).text().strip();
        assertTrue(command.startsWith("./ccgraph query ") && !command.contains("\n"), command);
        Markdown.Block shown = blocks.get(at + 1);
        Cli.Run run = Cli.run(command.substring("./ccgraph ".length()).split(" +"));
        assertEquals(0, run.exit(), run.err());
        List<String> printed = run.out().replace("\r", "").lines().toList();
        List<String> lines = shown.text().lines().toList();
        assertEquals(printed.get(0), lines.get(0), "the sample starts with the header row");
        int from = 0;
        for (String line : lines) {
            if (line.equals("...")) {
                continue;
            }
            int found = printed.subList(from, printed.size()).indexOf(line);
            assertTrue(found >= 0, "README.md:" + shown.line() + ": not printed (in this order) by " + command + ": " + line);
            from += found + 1;
        }
        assertTrue(lines.stream().filter(l -> !l.equals("...")).count() >= 3, "a few rows are shown");
    }

    /** The options and positional parameters the README's table names for each command. */
    private static Map<String, Set<String>> documentedOptions() {
        Map<String, Set<String>> documented = new TreeMap<>();
        commands().keySet().forEach(c -> documented.put(c, new TreeSet<>()));
        List<String> section = README.section("The command line");
        int start = section.indexOf("| option | commands | meaning |");
        assertTrue(start >= 0, "The command line has a table of options");
        List<String> table = section.subList(start, section.size()).stream().takeWhile(l -> l.startsWith("|")).toList();
        for (String row : table.subList(2, table.size())) {
            String[] cells = row.replace("\\|", "\u0000").split("\\|");
            String names = cells[1].replace('\u0000', '|');
            Set<String> named = new TreeSet<>();
            Matcher code = Pattern.compile("`([^`]+)`").matcher(names);
            while (code.find()) {
                if (code.group(1).startsWith("-")) {
                    Matcher option = OPTION.matcher(code.group(1));
                    option.find();
                    named.add(option.group(1));
                } else {
                    named.add(code.group(1));
                }
            }
            assertFalse(named.isEmpty(), row);
            for (String command : cells[2].strip().split(",\\s*")) {
                if (command.equals("all")) {
                    documented.values().forEach(s -> s.addAll(named));
                } else {
                    assertTrue(documented.containsKey(command), "no command " + command + " in " + row);
                    documented.get(command).addAll(named);
                }
            }
        }
        return documented;
    }

    @Test
    void theOptionsTableNamesExactlyTheOptionsOfEachCommand() {
        Map<String, Set<String>> documented = documentedOptions();
        Map<String, Set<String>> missing = new TreeMap<>();
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (Map.Entry<String, CommandLine> e : commands().entrySet()) {
            CommandSpec spec = e.getValue().getCommandSpec();
            Set<String> real = new TreeSet<>();
            Set<String> notInTable = new TreeSet<>();
            for (OptionSpec o : spec.options()) {
                real.addAll(List.of(o.names()));
                boolean standard = o.usageHelp() || o.versionHelp();
                if (!standard && List.of(o.names()).stream().noneMatch(documented.get(e.getKey())::contains)) {
                    notInTable.add(o.longestName());
                }
            }
            spec.positionalParameters().forEach(p -> {
                real.add(p.paramLabel());
                if (!documented.get(e.getKey()).contains(p.paramLabel())) {
                    notInTable.add(p.paramLabel());
                }
            });
            Set<String> invented = new TreeSet<>(documented.get(e.getKey()));
            invented.removeAll(real);
            if (!notInTable.isEmpty()) {
                missing.put(e.getKey(), notInTable);
            }
            if (!invented.isEmpty()) {
                unknown.put(e.getKey(), invented);
            }
        }
        assertEquals("not in the table: {}, not options of the command: {}",
                "not in the table: " + missing + ", not options of the command: " + unknown,
                "the README's table of options and the options of each command");
    }

    @Test
    void theUsageLinesShownAreThoseOfTheCommands() throws Exception {
        List<Markdown> documents = new ArrayList<>(List.of(README));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().map(Markdown::read).forEach(documents::add);
        }
        int shown = 0;
        for (Markdown md : documents) {
            for (Markdown.Block b : md.blocks()) {
                if (!b.text().startsWith("Usage: ccgraph ")) {
                    continue;
                }
                String name = b.text().split("\\s+")[2];
                CommandLine command = commands().get(name);
                assertTrue(command != null, md.file() + ":" + b.line() + ": no command " + name);
                CommandLine.Help help = command.getHelp();
                String usage = help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength());
                assertEquals(usage.strip().replaceAll("\\s+", " "), b.text().strip().replaceAll("\\s+", " "),
                        md.file() + ":" + b.line() + ": the usage of " + name + " as ccgraph " + name + " --help prints it");
                shown++;
            }
        }
        assertTrue(shown >= 1, "the README shows the usage of validate");
    }

    @Test
    void theCommandListNamesEveryCommand() {
        Markdown.Block list = README.blocks("The command line").get(0);
        assertTrue(list.text().startsWith("ccgraph [-hV] COMMAND\n"), list.text());
        Set<String> listed = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^  (\\w+) {2,}").matcher(list.text());
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(new ArrayList<>(commands().keySet()), listed.stream().sorted().toList());
    }

    @Test
    void theQueriesTableListsTheShippedQueries() {
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| `([\\w-]+)` \\|").matcher("");
        for (String line : README.section("Queries")) {
            if (m.reset(line).find()) {
                listed.add(m.group(1));
            }
        }
        assertEquals(new TreeSet<>(QueryCatalog.names()), listed, "the queries table of the README and queries/*.rq");
    }
}
