package org.w3id.ccgraph.io;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Severity;
import org.w3id.ccgraph.Title;

/**
 * Expands command-line inputs into files: a file stands for itself, a folder for the files below it that
 * the filter accepts (sorted; symbolic links are followed), and an argument with {@code *}, {@code ?} or
 * {@code [} for the files its glob matches. An argument that names nothing, a folder that holds nothing the
 * command reads and a folder that cannot be read are bad input; a link that leads back into a folder being
 * read is skipped with a warning.
 */
public final class InputFiles {


    /**
     * The files the arguments name, in argument order, each once, and what was skipped on the way.
     *
     * @param files    the files
     * @param warnings links that lead back into a folder being read (skipped)
     */
    public record Expansion(List<Path> files, List<Diagnostic> warnings) {
        public Expansion {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    private InputFiles() {
    }

    /**
     * The files the arguments name; {@code kind} says what the filter accepts, for the message when a
     * folder holds none (e.g. "Council documents (.txt files)").
     */
    public static Expansion expand(List<String> args, Predicate<Path> inFolders, String kind) {
        Set<Path> files = new LinkedHashSet<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (String arg : args) {
            if (isGlob(arg)) {
                List<Path> matched = glob(arg, warnings);
                if (matched.isEmpty()) {
                    throw new InputException(Title.NO_SUCH_FILE, Location.of(arg), "expected the pattern to match files, it matched none");
                }
                files.addAll(matched);
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> found = walk(p, inFolders, warnings);
                if (found.isEmpty()) {
                    throw new InputException(Title.NO_DOCUMENTS, Location.of(arg), "expected " + kind
                            + " in the folder or below it, found none");
                }
                files.addAll(found);
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new InputException(Title.NO_SUCH_FILE, Location.of(arg), "expected an existing file, folder or glob");
            }
        }
        return new Expansion(new ArrayList<>(files), warnings);
    }

    private static boolean isGlob(String arg) {
        return arg.contains("*") || arg.contains("?") || arg.contains("[");
    }

    private static List<Path> glob(String pattern, List<Diagnostic> warnings) {
        String[] parts = pattern.split("/", -1);
        StringBuilder base = new StringBuilder();
        for (String part : parts) {
            if (isGlob(part)) {
                break;
            }
            base.append(part).append('/');
        }
        Path root = base.length() == 0 ? Path.of(".") : Path.of(base.length() == 1 ? "/" : base.substring(0, base.length() - 1));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        boolean relative = base.length() == 0;
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        return walk(root, p -> matcher.matches(relative ? root.relativize(p) : p), warnings).stream()
                .map(p -> relative ? root.relativize(p) : p).sorted().toList();
    }

    /** The regular files below {@code dir} that {@code accept} takes, sorted, following links but not loops. */
    private static List<Path> walk(Path dir, Predicate<Path> accept, List<Diagnostic> warnings) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && accept.test(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        warnings.add(new Diagnostic(Severity.WARNING, Title.SYMLINK_LOOP, Location.of(file.toString()),
                                "the link leads back into a folder that is already being read; skipped"));
                        return FileVisitResult.CONTINUE;
                    }
                    throw unreadable(file, e);
                }
            });
        } catch (IOException e) {
            throw unreadable(dir, e);
        }
        found.sort(null);
        return found;
    }

    private static InputException unreadable(Path file, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission was denied" : String.valueOf(e.getMessage());
        return new InputException(Title.UNREADABLE_INPUT, Location.of(file.toString()),
                "expected a folder or file that can be read, but " + why, e);
    }
}
