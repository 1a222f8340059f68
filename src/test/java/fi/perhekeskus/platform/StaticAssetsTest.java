package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every stylesheet and script a page links to is served, with a type the browser will accept under nosniff. */
@PerhekeskusTest
class StaticAssetsTest {

    static final Pattern ASSET = Pattern.compile("<(?:script|link)[^>]*\\s(?:src|href)=\"(/[^\"]+)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/areas"})
    void linkedAssetsAreServed(String path) {
        var client = new WebClientSession(port);
        var assets = ASSET.matcher(client.get(path).body()).results().map(m -> m.group(1)).toList();

        assertThat(assets).anyMatch(a -> a.endsWith(".css")).anyMatch(a -> a.contains("htmx"));
        for (String asset : assets) {
            var response = client.get(asset, "Accept", "*/*");
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(asset)
                    .matches(asset.endsWith(".css") ? "text/css.*" : "(text|application)/javascript.*");
            assertThat(response.body()).as(asset).isNotBlank();
        }
    }
}
