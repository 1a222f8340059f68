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
    static final List<String> LANGUAGES = List.of("", "_sv", "_en");

    /** Literal keys: #{key} or #{key(args)}; dynamic keys like #{${x}} or #{'a.' + ${b}} are checked below. */
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)\\s*[}(]");
    static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");
    static final Pattern REJECT_KEY = Pattern.compile("\\.reject(?:Value)?\\((?:\"[^\"]*\",\\s*)?\"([^\"]+)\"");

    /** The base names of all bundles: messages plus one per area of work under i18n/. */
    static List<String> baseNames() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            return Stream.concat(Stream.of("messages"), files.map(p -> "i18n/" + p.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.matches(".*_[a-z]{2}\\.properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length())).sorted()).toList();
        }
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        String configuration = Files.readString(RESOURCES.resolve("application.yml"));
        assertThat(baseNames()).allSatisfy(base -> assertThat(configuration).contains(base));
    }

    @Test
    void allLanguagesHaveExactlyTheSameKeys() throws IOException {
        for (String base : baseNames()) {
            Set<String> finnish = load(base + ".properties").stringPropertyNames();
            for (String language : LANGUAGES) {
                String bundle = base + language + ".properties";
                assertThat(new TreeSet<>(load(bundle).stringPropertyNames())).as(bundle)
                        .containsExactlyInAnyOrderElementsOf(new TreeSet<>(finnish));
            }
        }
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String base : baseNames()) {
            for (String key : load(base + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as(key + " in " + base + " and another bundle").isTrue();
            }
        }
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String base : baseNames()) {
            for (String language : LANGUAGES) {
                String bundle = base + language + ".properties";
                Properties messages = load(bundle);
                assertThat(messages.stringPropertyNames()).as(bundle)
                        .filteredOn(key -> messages.getProperty(key).isBlank())
                        .isEmpty();
            }
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> keys = allKeys();
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
        Set<String> keys = allKeys();
        assertThat(Arrays.stream(AuditEventType.values()).map(t -> "audit.event." + t.name()))
                .allSatisfy(key -> assertThat(keys).contains(key));
        assertThat(Arrays.stream(AuditOutcome.values()).map(o -> "audit.outcome." + o.name()))
                .allSatisfy(key -> assertThat(keys).contains(key));
        assertThat(Arrays.stream(Role.values()).map(Role::messageKey))
                .allSatisfy(key -> assertThat(keys).contains(key));
        for (Class<? extends Enum<?>> type : SHOWN_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(keys).as(type.getSimpleName()).contains(messageKey(constant));
            }
        }
    }

    /** Enums with a messageKey() whose constants appear on pages. */
    static final List<Class<? extends Enum<?>>> SHOWN_ENUMS = List.of(
            fi.perhekeskus.servicemap.AccessMethod.class, fi.perhekeskus.servicemap.ChannelKind.class,
            fi.perhekeskus.servicemap.Criterion.class, fi.perhekeskus.servicemap.CriterionGroup.class,
            fi.perhekeskus.servicemap.MeetingPlaceQuestion.class, fi.perhekeskus.servicemap.OrganisationType.class,
            fi.perhekeskus.servicemap.PlaceKind.class, fi.perhekeskus.servicemap.Rating.class,
            fi.perhekeskus.servicemap.ServiceLevel.class, fi.perhekeskus.servicemap.ServiceMode.class,
            fi.perhekeskus.servicemap.TargetGroup.class);

    private static String messageKey(Enum<?> constant) {
        try {
            return (String) constant.getClass().getMethod("messageKey").invoke(constant);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(constant.getClass() + " has no messageKey()", e);
        }
    }

    @Test
    void everyErrorStatusHasATitleAndText() throws IOException {
        Set<String> keys = allKeys();
        for (HttpStatus status : HttpStatus.values()) {
            if (status.value() < 400) continue;
            int key = FriendlyErrorAttributes.messageKeyFor(status.value());
            assertThat(keys).as("status " + status).contains("error." + key + ".title", "error." + key + ".text");
        }
        assertThat(keys).contains("error.csrf.text", "login.error.bad", "login.error.locked", "login.expired");
    }

    @Test
    void everyValidationAndRejectionMessageExists() throws IOException {
        Set<String> keys = allKeys();
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

    /** Every Finnish key of every bundle: what the message source can resolve. */
    static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String base : baseNames()) keys.addAll(load(base + ".properties").stringPropertyNames());
        return keys;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
