package fi.perhekeskus.help.internal;

import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.platform.WorkingDays;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report figures on rows of a fixture area: the 7th-working-day share, the median in working days,
 * late counts, and small counts suppressed in the page, the CSV and the API alike.
 */
@PerhekeskusTest
class HelpReportsTest {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    FixtureArea area;
    YearMonth busy;
    YearMonth mixed;
    YearMonth quiet;

    @BeforeEach
    void requests() {
        area = new FixtureArea(jdbc, port);
        YearMonth now = YearMonth.now(FINLAND);
        busy = now.minusMonths(3);
        mixed = now.minusMonths(2);
        quiet = now.minusMonths(1);
        // Busy month: 10 by the form and 5 by phone; 9 started within 7 working days, 5 started late and one
        // still open past its deadline. Working days to first contact: 0,0,1,1,2,2,3,4,5,8,8,9,10,12.
        int[] delays = {0, 0, 1, 1, 2, 2, 3, 4, 5, 8, 8, 9, 10, 12};
        for (int i = 0; i < delays.length; i++) {
            insert(busy, i, i < 10 ? Channel.HELP_BUTTON : Channel.PHONE, delays[i]);
        }
        insert(busy, 14, Channel.PHONE, null);
        // Mixed month: 8 by the form, 3 by phone; two late, so the share would reveal a small count.
        int[] mixedDelays = {0, 1, 1, 2, 3, 3, 4, 5, 6, 9, 10};
        for (int i = 0; i < mixedDelays.length; i++) {
            insert(mixed, i, i < 8 ? Channel.HELP_BUTTON : Channel.PHONE, mixedDelays[i]);
        }
        // Quiet month: three requests only.
        for (int i = 0; i < 3; i++) insert(quiet, i, Channel.WALK_IN, 1);
    }

    @AfterEach
    void removeArea() {
        area.delete();
    }

    @Test
    void apiGivesTheFiguresWithSmallCountsSuppressed() {
        JsonNode report = api("/api/v1/help-reports?from=" + busy + "&to=" + quiet + "&area=" + area.id, 200);

        assertThat(report.get("threshold").asInt()).isEqualTo(5);
        JsonNode rows = report.get("rows");
        assertThat(rows).hasSize(3);
        JsonNode b = rows.get(0);
        assertThat(b.get("month").asString()).isEqualTo(busy.toString());
        assertThat(b.get("area").asString()).isEqualTo(area.name);
        assertThat(b.at("/received/value").asInt()).isEqualTo(15);
        assertThat(b.at("/byChannel/HELP_BUTTON/value").asInt()).isEqualTo(10);
        assertThat(b.at("/byChannel/PHONE/value").asInt()).isEqualTo(5);
        assertThat(b.at("/byChannel/WALK_IN/value").asInt()).isZero();
        assertThat(b.at("/startedOnTimePct/value").asInt()).as("9 of 15 on time").isEqualTo(60);
        assertThat(b.at("/medianWorkingDays/value").asDouble()).as("median of 14 delays").isEqualTo(3.5);
        assertThat(b.at("/late/value").asInt()).as("5 started late + 1 open past deadline").isEqualTo(6);

        JsonNode m = rows.get(1);
        assertThat(m.at("/received/value").asInt()).isEqualTo(11);
        assertThat(m.at("/byChannel/PHONE/suppressed").asString()).isEqualTo("LESS_THAN_5");
        assertThat(m.at("/byChannel/PHONE/value").isNull()).isTrue();
        assertThat(m.at("/byChannel/HELP_BUTTON/suppressed").asString()).as("else 11 - 8 = 3").isEqualTo("COMPLEMENTARY");
        assertThat(m.at("/late/suppressed").asString()).isEqualTo("LESS_THAN_5");
        assertThat(m.at("/startedOnTimePct/suppressed").asString()).as("else 2 late = (1 - share) × 11")
                .isEqualTo("COMPLEMENTARY");
        assertThat(m.at("/medianWorkingDays/value").asDouble()).isEqualTo(3.0);

        JsonNode q = rows.get(2);
        assertThat(q.at("/received/suppressed").asString()).isEqualTo("LESS_THAN_5");
        assertThat(q.at("/byChannel/WALK_IN/suppressed").asString()).isEqualTo("LESS_THAN_5");
        assertThat(q.at("/startedOnTimePct/suppressed").asString()).isEqualTo("LESS_THAN_5");
        assertThat(q.at("/medianWorkingDays/suppressed").asString()).isEqualTo("LESS_THAN_5");
        assertThat(report.toString()).doesNotContain("\"value\":3,").doesNotContain("\"value\":2,");
    }

    @Test
    void johtajaSeesTheReportPageAndItIsAudited() {
        var johtaja = new WebClientSession(port).loggedInAs("johtaja", "demo");

        HttpResponse<String> page = johtaja.get("/help/reports?months=6&area=" + area.id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<caption>Asiakasohjauksen luvut kuukausittain: " + area.name)
                .contains("scope=\"col\"").contains("scope=\"row\"").contains("&lt; 5").contains("piilotettu")
                .contains("60 %").contains("3,5");
        assertThat(new AuditRows(jdbc).newest("HELP_REPORT_VIEWED", "johtaja"))
                .hasValueSatisfying(row -> assertThat(row.target()).isEqualTo(area.id.toString()));
    }

    @Test
    void theReportSpeaksSwedishAndEnglish() {
        var johtaja = new WebClientSession(port).loggedInAs("johtaja", "demo");

        assertThat(johtaja.get("/help/reports?lang=sv&area=" + area.id).body())
                .contains("Klientstyrningens siffror per månad: " + area.name).contains("dold");
        assertThat(johtaja.get("/help/reports?lang=en&area=" + area.id).body())
                .contains("Client guidance figures by month: " + area.name).contains("hidden").contains("3.5");
    }

    @Test
    void csvHasTheSameSuppression() {
        var johtaja = new WebClientSession(port).loggedInAs("johtaja", "demo");

        HttpResponse<String> csv = johtaja.get("/help/reports.csv?months=6&area=" + area.id);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Pirkanmaa;" + area.name + ";" + mixed + ";11;piilotettu;0;< 5;"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Pirkanmaa;" + area.name + ";" + busy + ";15;10;0;5;0;0;0;60;3,5;6"));
    }

    @Test
    void onlyLeadershipSeesTheReport() {
        assertThat(new WebClientSession(port).loggedInAs("koordinaattori", "demo").get("/help/reports").statusCode())
                .isEqualTo(200);
        for (String user : List.of("ohjaaja", "vieras", "vanhempi")) {
            assertThat(new WebClientSession(port).loggedInAs(user, "demo").get("/help/reports").statusCode())
                    .as(user).isEqualTo(403);
        }
        var anonymous = new WebClientSession(port).get("/help/reports");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(location(anonymous)).endsWith("/login");
        assertThat(send("/api/v1/help-reports", null).statusCode()).isEqualTo(401);
        assertThat(send("/api/v1/help-reports", "ohjaaja").statusCode()).isEqualTo(403);
    }

    @Test
    void badParametersGetAMessagePerField() {
        JsonNode body = api("/api/v1/help-reports?from=2026-13&to=" + quiet + "&area=" + UUID.randomUUID(), 400);

        assertThat(body.get("reason").asString()).isEqualTo("invalid-parameters");
        assertThat(body.get("fields").findValuesAsString("field")).contains("from", "area");
        assertThat(body.toString()).contains("Anna kuukausi muodossa VVVV-KK");
        assertThat(api("/api/v1/help-reports?from=" + quiet + "&to=" + busy, 400).toString())
                .contains("\"field\":\"to\"");
        assertThat(new WebClientSession(port).loggedInAs("johtaja", "demo").get("/help/reports?months=7").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        JsonNode docs = JSON.readTree(new WebClientSession(port).get("/v3/api-docs", "Accept", "application/json").body());

        JsonNode get = docs.at("/paths/~1api~1v1~1help-reports/get");
        assertThat(get.get("tags").get(0).asString()).isEqualTo("Client guidance reports");
        assertThat(get.get("description").asString()).contains("LESS_THAN_5").contains("COMPLEMENTARY");
        assertThat(get.get("parameters").findValuesAsString("name")).contains("from", "to", "area", "region");
    }

    private JsonNode api(String path, int status) {
        HttpResponse<String> response = send(path, "johtaja");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String path, String user) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return new WebClientSession(port).send(request.GET());
    }

    /** A request received on a working day of the month, first contacted {@code delay} working days later (null: never). */
    private void insert(YearMonth month, int n, Channel channel, Integer delay) {
        LocalDate day = WorkingDays.onOrNextWorkingDay(month.atDay(3 + n % 15));
        LocalDate contact = delay == null ? null : delay == 0 ? day : WorkingDays.nthWorkingDayAfter(day, delay);
        jdbc.sql("""
                INSERT INTO help_request (id, receipt_code, channel, received_at, family_centre_area_id, language, concern,
                    contact_method, contact_value, status, start_deadline, first_contact_at)
                VALUES (:id, :code, :channel, :received, :area, 'fi', 'Testi', 'PHONE', '040 000 0000', :status,
                    :deadline, :contact)""")
                .param("id", UUID.randomUUID()).param("code", ReceiptCodes.generate()).param("channel", channel.name())
                .param("received", Timestamp.from(day.atTime(9, 0).atZone(FINLAND).toInstant()))
                .param("area", area.id).param("status", delay == null ? "IN_PROGRESS" : "CLOSED")
                .param("deadline", StatutoryDeadlines.start(day))
                .param("contact", contact == null ? null : Timestamp.from(contact.atTime(13, 0).atZone(FINLAND).toInstant()))
                .update();
    }
}
