package org.w3id.ccgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;

class SourceReaderTest {

    private final SourceReader reader = new SourceReader();

    @Test
    void stripsTheBomTurnsCrLfIntoLfAndComposesToNfc() {
        SourceText text = reader.read(Fixtures.path("bom-crlf.txt"));
        assertTrue(text.text().startsWith("Bruxelles"), "BOM removed");
        assertFalse(text.text().contains("\r"), "no CR left");
        assertTrue(text.text().contains("1. R\u00e5det"), "a + combining ring composed to å");
        assertEquals(64, text.sha256().length());
    }

    @Test
    void mapsOffsetsToLinesAndColumnsInCodePoints() {
        SourceText text = new SourceText("t.txt", "ab\n\u00b9x\ny", "0");
        assertEquals(new Location("t.txt", 1, 1), text.location(0));
        assertEquals(new Location("t.txt", 2, 2), text.location(4));
        assertEquals(new Location("t.txt", 3, 1), text.location(6));
        assertEquals("\u00b9x", text.line(2));
        assertEquals(3, text.lineCount());
    }

    @Test
    void countsSelectorPositionsInCodePointsNotUtf16Units() {
        SourceText text = new SourceText("t.txt", "\uD835\uDC00ab", "0");
        assertEquals(1, text.codePointOffset(2));
    }

    @Test
    void rejectsAMissingFile(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> reader.read(dir.resolve("nope.txt")));
        assertEquals(Title.NO_SUCH_FILE, e.title());
        assertTrue(e.format().contains("nope.txt"));
    }

    @Test
    void rejectsAFolder(@TempDir Path dir) {
        assertEquals(Title.NOT_A_FILE, assertThrows(InputException.class, () -> reader.read(dir)).title());
    }

    @Test
    void rejectsAnEmptyFile() {
        assertEquals(Title.EMPTY_INPUT, assertThrows(InputException.class,
                () -> reader.read(Fixtures.path("empty.txt"))).title());
    }

    @Test
    void rejectsAFileOfOnlyWhiteSpace() {
        assertEquals(Title.EMPTY_INPUT, assertThrows(InputException.class,
                () -> reader.read(Fixtures.path("blank.txt"))).title());
    }

    @Test
    void rejectsABinaryFileAtItsFirstNulByte() {
        InputException e = assertThrows(InputException.class, () -> reader.read(Fixtures.path("binary.png")));
        assertEquals(Title.BINARY_INPUT, e.title());
        assertEquals(3, e.location().line());
    }

    @Test
    void rejectsLatin1AtTheLineAndColumnOfTheFirstBadByte() {
        InputException e = assertThrows(InputException.class, () -> reader.read(Fixtures.path("latin1.txt")));
        assertEquals(Title.NOT_UTF_8, e.title());
        assertEquals(3, e.location().line());
        assertEquals(10, e.location().column());
        assertTrue(e.getMessage().contains("0xE6"), e.getMessage());
    }

    @Test
    void findsTheFirstInvalidByteAfterValidMultiByteCharacters(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mixed.txt");
        byte[] valid = "\u00e6\u00f8\u00e5\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[valid.length + 2];
        System.arraycopy(valid, 0, bytes, 0, valid.length);
        bytes[valid.length] = 'x';
        bytes[valid.length + 1] = (byte) 0xC3;
        Files.write(f, bytes);
        InputException e = assertThrows(InputException.class, () -> reader.read(f));
        assertEquals(new Location(f.toString(), 2, 2), e.location());
    }
}
