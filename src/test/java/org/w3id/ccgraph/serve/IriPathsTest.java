package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IriPathsTest {

    @Test
    void decodesNonAsciiAndUnreservedCharactersAndKeepsReservedEscapes() {
        assertEquals("id/actor/æble", IriPaths.toIri("id/actor/%C3%A6ble").orElseThrow());
        assertEquals("id/doc/1-2", IriPaths.toIri("id/doc/1%2d2").orElseThrow());
        assertEquals("id/a%2Fb%3F", IriPaths.toIri("id/a%2fb%3f").orElseThrow());
        assertEquals("id/plain", IriPaths.toIri("id/plain").orElseThrow());
    }

    @Test
    void rejectsMalformedEscapesAndKeepsInvalidUtf8Escaped() {
        assertEquals(Optional.empty(), IriPaths.toIri("id/%G1"));
        assertEquals(Optional.empty(), IriPaths.toIri("id/%C"));
        assertEquals("id/%FF", IriPaths.toIri("id/%ff").orElseThrow());
    }
}
