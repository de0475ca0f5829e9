package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the README says about the commands is what they do: its options table and usage lines are those of the
 * commands.
 */
class ReadmeTest {

    private static final Markdown README = Markdown.read(Path.of("README.md"));
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[A-Za-z][\\w-]*)");

    private static Map<String, CommandLine> commands() {
        Map<String, CommandLine> commands = new TreeMap<>(Main.commandLine().getSubcommands());
        commands.remove("help");
        return commands;
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
}
