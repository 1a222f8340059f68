package fi.perhekeskus.consultation;

import fi.perhekeskus.testing.TestPeople;
import fi.perhekeskus.testing.WebClientSession;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per-test people for consultations: professionals with accounts, key person assignments (the directory's
 * tables, written with SQL as the directory's own admin would) and API calls with HTTP Basic.
 */
public final class ConsultationFixtures {

    public static final String PASSWORD = "konsultaatio-testi";

    private final int port;
    private final JdbcClient jdbc;

    public ConsultationFixtures(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    public record Person(String username, UUID id, String email, String displayName) {}

    /** A fresh account with its own email address (so GreenMail's messages are this test's). */
    public Person person(String prefix, String displayName, String... roles) {
        var account = TestPeople.create(port, jdbc, PASSWORD, prefix, displayName, roles);
        return new Person(account.username(), account.id(), account.email(), displayName);
    }

    /** Makes the account a key person of the expertise serving the area, with weekly hours. */
    public UUID keyPerson(Person person, String expertise, String areaId, double weeklyHours) {
        UUID professional = UUID.randomUUID();
        jdbc.sql("INSERT INTO professional (id, user_id, name, organisation) VALUES (:id, :user, :name, 'Testikunta')")
                .param("id", professional).param("user", person.id()).param("name", person.displayName()).update();
        return assignment(professional, expertise, areaId, weeklyHours);
    }

    public UUID assignment(UUID professional, String expertise, String areaId, double weeklyHours) {
        UUID assignment = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO key_person_assignment (id, professional_id, expertise_code, scope, weekly_hours, starts_on)
                VALUES (:id, :p, :e, 'AREA', :h, :start)""")
                .param("id", assignment).param("p", professional).param("e", expertise).param("h", weeklyHours)
                .param("start", LocalDate.now().minusMonths(2)).update();
        jdbc.sql("INSERT INTO key_person_assignment_area (assignment_id, family_centre_area_id) VALUES (:a, :area)")
                .param("a", assignment).param("area", UUID.fromString(areaId)).update();
        return assignment;
    }

    public UUID professionalOf(Person person) {
        return jdbc.sql("SELECT id FROM professional WHERE user_id = :u").param("u", person.id()).query(UUID.class).single();
    }

    public HttpResponse<String> api(Person as, String method, String path, String json, String... headers) {
        return api(as.username(), PASSWORD, method, path, json, headers);
    }

    public HttpResponse<String> api(String username, String password, String method, String path, String json,
            String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) request.header("Content-Type", "application/json");
        if (headers.length > 0) request.headers(headers);
        return new WebClientSession(port).send(request);
    }

    public static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
