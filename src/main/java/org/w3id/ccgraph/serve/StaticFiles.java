package org.w3id.ccgraph.serve;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.w3id.ccgraph.BundledFiles;

/**
 * The files of the pages, served from the jar's {@code web/} folder: style sheet, icon, the vendored
 * YASGUI scripts and their licence. Nothing is fetched from elsewhere at run time.
 */
final class StaticFiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8",
            "map", "application/json", "ico", "image/vnd.microsoft.icon");
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    private StaticFiles() {
    }

    /** Sends {@code web/<name>} or 404. */
    static void answer(Exchange x, String name) throws IOException {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        if (!NAME.matcher(name).matches() || !TYPES.containsKey(ext) || !BundledFiles.exists(LinkedDataFilter.WEB + name)) {
            x.notFound(x.path());
            return;
        }
        x.send(CACHE.computeIfAbsent(name, n -> Rendered.of(BundledFiles.read(LinkedDataFilter.WEB + n), TYPES.get(ext))), false);
    }
}
