package fi.perhekeskus.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Ratchet for the three languages: the bundles stay in step, and every key the code and the
 * templates use exists, so no page ever shows a raw key or a half-translated text.
 */
class MessageBundlesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path SOURCES = Path.of("src/main/java");
    static final List<String> BUNDLES = List.of("messages.properties", "messages_sv.properties", "messages_en.properties");

    /** Literal keys: #{key} or #{key(args)}; dynamic keys like #{${x}} or #{'a.' + ${b}} are checked below. */
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)\\s*[}(]");
    static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");
    static final Pattern REJECT_KEY = Pattern.compile("\\.reject(?:Value)?\\((?:\"[^\"]*\",\\s*)?\"([^\"]+)\"");

    @Test
    void allLanguagesHaveExactlyTheSameKeys() throws IOException {
        Set<String> finnish = load("messages.properties").stringPropertyNames();
        for (String bundle : BUNDLES) {
            assertThat(new TreeSet<>(load(bundle).stringPropertyNames())).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(new TreeSet<>(finnish));
        }
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).as(bundle)
                    .filteredOn(key -> messages.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                TEMPLATE_KEY.matcher(Files.readString(template)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        assertThat(used).as("keys used in templates").isNotEmpty().contains("app.name", "error.backToFront");
        assertThat(used).filteredOn(key -> !keys.contains(key)).as("missing in messages.properties").isEmpty();
    }

    @Test
    void everyEnumShownToUsersHasItsText() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        assertThat(Arrays.stream(AuditEventType.values()).map(t -> "audit.event." + t.name()))
                .allSatisfy(key -> assertThat(keys).contains(key));
        assertThat(Arrays.stream(AuditOutcome.values()).map(o -> "audit.outcome." + o.name()))
                .allSatisfy(key -> assertThat(keys).contains(key));
        assertThat(Arrays.stream(Role.values()).map(Role::messageKey))
                .allSatisfy(key -> assertThat(keys).contains(key));
    }

    @Test
    void everyErrorStatusHasATitleAndText() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        for (HttpStatus status : HttpStatus.values()) {
            if (status.value() < 400) continue;
            int key = FriendlyErrorAttributes.messageKeyFor(status.value());
            assertThat(keys).as("status " + status).contains("error." + key + ".title", "error." + key + ".text");
        }
        assertThat(keys).contains("error.csrf.text", "login.error.bad", "login.error.locked", "login.expired");
    }

    @Test
    void everyValidationAndRejectionMessageExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                VALIDATION_KEY.matcher(code).results().forEach(m -> used.add(m.group(1)));
                REJECT_KEY.matcher(code).results().forEach(m -> used.add(m.group(1)));
            }
        }
        assertThat(used).as("keys used in code").contains("area.form.name.required", "area.form.staleVersion");
        assertThat(used).filteredOn(key -> !keys.contains(key)).as("missing in messages.properties").isEmpty();
        // A number typed as text is a binding error, explained by this conventional key.
        assertThat(keys).contains("typeMismatch.java.lang.Integer");
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
