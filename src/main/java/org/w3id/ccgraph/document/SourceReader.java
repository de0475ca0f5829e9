package org.w3id.ccgraph.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;

/**
 * Reads a source document into its normalised text. Rejects, with an {@link InputException} that names
 * the place, a missing file, a folder, an empty or blank file, a binary file and bytes that are not UTF-8.
 *
 * <pre>{@code SourceText text = new SourceReader().read(Path.of("conclusions.txt"));}</pre>
 */
public final class SourceReader {

    /** Largest input accepted, so that a runaway file fails cleanly instead of exhausting memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Reads and normalises a file. */
    public SourceText read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(Title.NOT_A_FILE, Location.of(name), "expected a text file, found a folder");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(Title.INPUT_TOO_LARGE, Location.of(name),
                        "expected at most " + MAX_BYTES + " bytes, found " + size);
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputException(Title.NO_SUCH_FILE, Location.of(name), "expected an existing text file", e);
        } catch (IOException e) {
            throw new InputException(Title.UNREADABLE_INPUT, Location.of(name),
                    "expected a readable file: " + e.getMessage(), e);
        }
    }

    /** Decodes and normalises bytes that came from {@code name}. */
    public SourceText read(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InputException(Title.EMPTY_INPUT, Location.of(name), "expected a Council document, found an empty file");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new InputException(Title.BINARY_INPUT, locate(name, bytes, nul),
                    "expected UTF-8 text, found a NUL byte (a binary file?)");
        }
        String decoded = decode(name, bytes);
        if (decoded.startsWith("\uFEFF")) {
            decoded = decoded.substring(1);
        }
        String text = Normalizer.normalize(decoded.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        if (text.isBlank()) {
            throw new InputException(Title.EMPTY_INPUT, Location.of(name),
                    "expected a Council document, found only white space");
        }
        return new SourceText(name, text, sha256(bytes));
    }

    private static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            throw new InputException(Title.NOT_UTF_8, locate(name, bytes, bad),
                    String.format("expected UTF-8 text, found byte 0x%02X that is not valid UTF-8", bytes[bad] & 0xFF), e);
        }
    }

    /** The index of the first byte that starts or breaks an invalid UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            String seq = new String(b, i, n + 1, StandardCharsets.UTF_8);
            if (seq.contains("\uFFFD")) {
                return i;
            }
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }

    /** The line and column (in characters of the valid prefix) of a byte index. */
    private static Location locate(String name, byte[] bytes, int byteIndex) {
        String prefix = new String(bytes, 0, byteIndex, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(name, line, prefix.codePointCount(lineStart, prefix.length()) + 1);
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
