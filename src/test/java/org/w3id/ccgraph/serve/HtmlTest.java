package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTextAndAttributes() {
        assertEquals("&lt;script&gt;a(&#39;x&#39;)&lt;/script&gt; &amp; &quot;", Html.escape("<script>a('x')</script> & \""));
        assertEquals("<a href=\"?a=1&amp;b=&quot;\">&lt;b&gt;</a>", new Html().link("?a=1&b=\"", "<b>").toString());
    }

    @Test
    void keepsDataFromClosingAScriptElement() {
        assertEquals("<script type=\"application/ld+json\">{\"x\":\"\\u003c/script>\"}</script>\n",
                new Html().script("application/ld+json", "{\"x\":\"</script>\"}").toString());
    }
}
