package fi.perhekeskus.help.internal.family;

import static fi.perhekeskus.help.internal.family.HelpApiClient.json;
import static fi.perhekeskus.help.internal.family.HelpApiClient.marker;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input to the API: each case is a 400 with a message on the field, in the caller's language
 * (Accept-Language fi, sv or en), and nothing of the request is stored.
 */
@PerhekeskusTest
class HelpApiValidationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    /** name, the body's fields after the concern (%s is the concern), field, message key, its arguments. */
    static Stream<Arguments> cases() {
        String ok = "\"municipality\": \"Nokia\", \"language\": \"fi\", \"contact\": {\"method\": \"none\"}";
        Object[][] cases = {
                {"empty concern", "{\"concern\": \"   \", " + ok + "}", "concern", "help.family.error.concern.required",
                        new Object[0]},
                {"100 kB concern", "{\"concern\": \"%s" + "x".repeat(100_000) + "\", " + ok + "}", "concern",
                        "help.family.error.concern.tooLong", null},
                {"invalid email", "{\"concern\": \"%s\", \"municipality\": \"Nokia\", \"language\": \"fi\", "
                        + "\"contact\": {\"method\": \"email\", \"value\": \"aiti(at)example\"}}", "contact.value",
                        "help.family.error.email.invalid", new Object[0]},
                {"invalid phone", "{\"concern\": \"%s\", \"municipality\": \"Nokia\", \"language\": \"fi\", "
                        + "\"contact\": {\"method\": \"phone\", \"value\": \"12ab\"}}", "contact.value",
                        "help.family.error.phone.invalid", new Object[0]},
                {"phone without a number", "{\"concern\": \"%s\", \"municipality\": \"Nokia\", \"language\": \"fi\", "
                        + "\"contact\": {\"method\": \"phone\"}}", "contact.value", "help.family.error.phone.required",
                        new Object[0]},
                {"email without an address", "{\"concern\": \"%s\", \"municipality\": \"Nokia\", \"language\": \"fi\", "
                        + "\"contact\": {\"method\": \"email\", \"value\": \"\"}}", "contact.value",
                        "help.family.error.email.required", new Object[0]},
                {"a value with none", "{\"concern\": \"%s\", \"municipality\": \"Nokia\", \"language\": \"fi\", "
                        + "\"contact\": {\"method\": \"none\", \"value\": \"040 123 4567\"}}", "contact.value",
                        "help.family.error.contact.valueWithNone", new Object[0]},
                {"no contact at all", "{\"concern\": \"%s\", \"municipality\": \"Nokia\", \"language\": \"fi\"}",
                        "contact.method", "help.family.error.contact.method", new Object[0]},
                {"unknown method", "{\"concern\": \"%s\", \"municipality\": \"Nokia\", \"language\": \"fi\", "
                        + "\"contact\": {\"method\": \"pigeon\"}}", "contact.method", "help.family.error.contact.method",
                        new Object[0]},
                {"unknown municipality", "{\"concern\": \"%s\", \"municipality\": \"Atlantis\", \"language\": \"fi\", "
                        + "\"contact\": {\"method\": \"none\"}}", "municipality", "help.family.error.municipality.unknown",
                        new Object[0]},
                {"unknown municipality code", "{\"concern\": \"%s\", \"municipality\": \"999\", \"language\": \"fi\", "
                        + "\"contact\": {\"method\": \"none\"}}", "municipality", "help.family.error.municipality.unknown",
                        new Object[0]},
                {"no municipality", "{\"concern\": \"%s\", \"language\": \"fi\", \"contact\": {\"method\": \"none\"}}",
                        "municipality", "help.family.error.municipality.required", new Object[0]},
                {"an area of another municipality", "{\"concern\": \"%s\", \"municipality\": \"Nokia\", "
                        + "\"area\": \"Hervanta–Vuores\", \"language\": \"fi\", \"contact\": {\"method\": \"none\"}}",
                        "area", "help.family.error.area.unknown", new Object[0]},
                {"age 18", "{\"concern\": \"%s\", \"childAges\": [4, 18], " + ok + "}", "childAges[1]",
                        "help.family.error.childAges.range", new Object[] {17}},
                {"age -1", "{\"concern\": \"%s\", \"childAges\": [-1], " + ok + "}", "childAges[0]",
                        "help.family.error.childAges.range", new Object[] {17}},
                {"age as a word", "{\"concern\": \"%s\", \"childAges\": [\"neljä\"], " + ok + "}", "childAges[0]",
                        "help.family.error.childAges.range", new Object[] {17}},
                {"language de", "{\"concern\": \"%s\", \"municipality\": \"Nokia\", \"language\": \"de\", "
                        + "\"contact\": {\"method\": \"none\"}}", "language", "help.family.error.language", new Object[0]},
                {"unknown topic", "{\"concern\": \"%s\", \"topics\": [\"parenting\", \"<script>\"], " + ok + "}",
                        "topics[1]", "help.family.error.topic", new Object[0]},
                {"script as the municipality", "{\"concern\": \"%s\", \"municipality\": \"<script>alert(1)</script>\", "
                        + "\"language\": \"fi\", \"contact\": {\"method\": \"none\"}}", "municipality",
                        "help.family.error.municipality.unknown", new Object[0]},
        };
        return Stream.of("fi", "sv", "en").flatMap(lang -> Stream.of(cases).map(c ->
                Arguments.of(c[0] + " (" + lang + ")", lang, c[1], c[2], c[3], c[4])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsA400WithAMessageOnTheFieldInTheCallersLanguageAndNothingIsStored(String name, String lang,
            String template, String field, String key, Object[] args) {
        String marker = marker();
        String body = template.contains("%s") ? template.formatted(marker) : template;

        var response = new HelpApiClient(port).post(body, "Accept-Language", lang + ";q=0.9, de;q=1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("reason").asString()).isEqualTo("invalid-parameters");
        var fields = HelpApiTest.fields(response);
        assertThat(fields).containsKey(field);
        if (args != null) {
            assertThat(fields.get(field)).isEqualTo(messages.getMessage(key, args, Locale.of(lang)));
        } else {
            assertThat(fields.get(field)).startsWith(messages.getMessage(key, new Object[] {4000, 1}, Locale.of(lang))
                    .substring(0, 12));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM help_request WHERE concern LIKE :m").param("m", marker + "%")
                .query(Integer.class).single()).isZero();
    }
}
