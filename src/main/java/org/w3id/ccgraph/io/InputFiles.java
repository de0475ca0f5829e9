package org.w3id.ccgraph.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;

/**
 * Expands command-line inputs into files: a file stands for itself, a folder for the files below it that
 * the filter accepts (sorted), and an argument with {@code *}, {@code ?} or {@code [} for the files its
 * glob matches. An argument that names nothing is bad input.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** The files the arguments name, in argument order, each once. */
    public static List<Path> expand(List<String> args, Predicate<Path> inFolders) {
        Set<Path> files = new LinkedHashSet<>();
        for (String arg : args) {
            if (isGlob(arg)) {
                List<Path> matched = glob(arg);
                if (matched.isEmpty()) {
                    throw new InputException("NO SUCH FILE", Location.of(arg), "expected the pattern to match files, it matched none");
                }
                files.addAll(matched);
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                files.addAll(walk(p, inFolders));
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new InputException("NO SUCH FILE", Location.of(arg), "expected an existing file, folder or glob");
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean isGlob(String arg) {
        return arg.contains("*") || arg.contains("?") || arg.contains("[");
    }

    private static List<Path> glob(String pattern) {
        int cut = 0;
        String[] parts = pattern.split("/", -1);
        StringBuilder base = new StringBuilder();
        for (String part : parts) {
            if (isGlob(part)) {
                break;
            }
            cut++;
            base.append(part).append('/');
        }
        Path root = base.length() == 0 ? Path.of(".") : Path.of(base.length() == 1 ? "/" : base.substring(0, base.length() - 1));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        boolean relative = base.length() == 0;
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .map(p -> relative ? root.relativize(p) : p)
                    .filter(matcher::matches).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> walk(Path dir, Predicate<Path> accept) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(accept).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
