package org.w3id.ccgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files that ship inside ccgraph (ontology/, shapes/, queries/, the bundled document), read from
 * the class path whether it is a folder or the jar.
 */
public final class BundledFiles {

    private BundledFiles() {
    }

    /** The names of the files in a bundled folder whose names end with {@code suffix}, sorted. */
    public static List<String> list(String folder, String suffix) {
        URL url = BundledFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return listJar(uri, folder, suffix);
            }
            return names(Path.of(uri), suffix);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bundled folder " + folder + " has no valid URI", e);
        }
    }

    private static List<String> listJar(URI uri, String folder, String suffix) {
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(uri, Collections.emptyMap());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names(fs.getPath(folder), suffix);
    }

    private static List<String> names(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = new ArrayList<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).forEach(names::add);
            Collections.sort(names);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a bundled file, e.g. {@code read("shapes/structure.ttl")}. */
    public static byte[] read(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** Opens a bundled file; fails if it is not there. */
    public static InputStream open(String path) {
        InputStream in = BundledFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("bundled file " + path + " is missing from the class path");
        }
        return in;
    }

    /** The text of a bundled UTF-8 file, line ends as {@code \n}. */
    public static String text(String path) {
        return new String(read(path), java.nio.charset.StandardCharsets.UTF_8).replace("\r", "");
    }

    /** The lines of a bundled list file: stripped, without blank lines and {@code #} comments. */
    public static List<String> lines(String path) {
        List<String> lines = new ArrayList<>();
        for (String line : text(path).split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                lines.add(s);
            }
        }
        return lines;
    }

    /** A bundled properties file read as UTF-8. */
    public static java.util.Properties properties(String path) {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader in = new java.io.InputStreamReader(open(path), java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return p;
    }

    /** Whether a bundled file exists. */
    public static boolean exists(String path) {
        return BundledFiles.class.getClassLoader().getResource(path) != null;
    }
}
