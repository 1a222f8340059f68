package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpServer;
import fi.perhekeskus.servicemap.ChannelKind;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/imports/ptv} with a realistic PTV v11 document (Hartola: the wellbeing
 * county and an MLL association, two service locations, a phone channel, three services and one
 * service without a Finnish name). Each test gives the document fresh PTV ids, so it owns its rows.
 */
@PerhekeskusTest
class PtvImportTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final String LASTENNEUVOLA = "9e2d4b61-7c3a-4f58-b1d2-6a0e5c4f2b01";
    static final String PERHENEUVOLA = "9e2d4b61-7c3a-4f58-b1d2-6a0e5c4f2b02";
    static final String NO_FINNISH_NAME = "9e2d4b61-7c3a-4f58-b1d2-6a0e5c4f2b04";
    static final String WELLBEING_COUNTY = "7b1f3c52-9a4e-4d0b-8c61-2f5e0a9d1e01";
    static final String MLL = "7b1f3c52-9a4e-4d0b-8c61-2f5e0a9d1e02";
    static final String PERHEKESKUS = "5c0a6f1e-3b7d-4e2a-9f10-8d4c2b7a3c01";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceRepository services;

    @Autowired
    PlaceRepository places;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    PtvImport ptvImport;

    @Autowired
    fi.perhekeskus.access.AuditLog audit;

    String coordinator;
    Map<String, String> ids;
    String document;

    @BeforeEach
    void freshDocument() {
        coordinator = WebClientSession.createUser(port, "ptv", "pw-123456", "Paula PTV", "COORDINATOR");
        ids = new HashMap<>();
        document = withFreshIds(sample());
    }

    @Test
    void importsOrganisationsPlacesAndServicesAndRejectsTheServiceWithoutAFinnishName() {
        var response = post(document, coordinator);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("created").asInt()).isEqualTo(7); // 2 organisations, 2 places, 3 services
        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("rejected")).hasSize(1);
        assertThat(report.get("rejected").get(0).get("id").asString()).isEqualTo(ids.get(NO_FINNISH_NAME));
        assertThat(report.get("rejected").get(0).get("reason").asString()).contains("Suomenkielinen nimi puuttuu");
        assertThat(services.findByPtvId(UUID.fromString(ids.get(NO_FINNISH_NAME)))).isEmpty();

        var county = organisations.findByPtvId(UUID.fromString(ids.get(WELLBEING_COUNTY))).orElseThrow();
        assertThat(county.type()).isEqualTo(OrganisationType.WELLBEING_COUNTY);
        assertThat(county.name().sv()).isEqualTo("Päijät-Tavastlands välfärdsområde");
        assertThat(county.businessId()).isEqualTo("3221302-5");
        assertThat(organisations.findByPtvId(UUID.fromString(ids.get(MLL))).orElseThrow().type())
                .isEqualTo(OrganisationType.NGO);

        PlaceId placeId = places.findByPtvId(UUID.fromString(ids.get(PERHEKESKUS))).orElseThrow();
        var place = places.find(placeId).orElseThrow();
        assertThat(place.published()).isTrue();
        PlaceContent p = place.content();
        assertThat(p.name().fi()).isEqualTo("Hartolan perhekeskus");
        assertThat(p.streetAddress()).isEqualTo("Kirkkotie 9");
        assertThat(p.postalCode()).isEqualTo("19600");
        assertThat(p.area()).hasToString(DemoAreas.HARTOLA);
        // ETRS-TM35FIN 6830412 N, 447920 E is in Hartola.
        assertThat(p.latitude()).isCloseTo(61.58, within(0.03));
        assertThat(p.longitude()).isCloseTo(26.02, within(0.05));
        assertThat(p.phone()).isEqualTo("+358 381923456");
        assertThat(p.hours()).hasSize(5).contains(new PlaceContent.Hours(5, LocalTime.of(8, 0), LocalTime.of(14, 0)));
        assertThat(p.exceptions()).hasSize(3).allMatch(PlaceContent.HoursException::closed);
        assertThat(p.lastReviewed()).isEqualTo(LocalDate.of(2026, 10, 5));

        ServiceId serviceId = services.findByPtvId(UUID.fromString(ids.get(LASTENNEUVOLA))).orElseThrow();
        assertThat(serviceId.value()).isEqualTo(PtvImport.derived("service", UUID.fromString(ids.get(LASTENNEUVOLA))));
        var service = services.find(serviceId).orElseThrow();
        assertThat(service.published()).isTrue();
        ServiceContent s = service.content();
        assertThat(s.name().en()).isEqualTo("Child health clinic");
        assertThat(s.summary().sv()).startsWith("Hälsorådgivning");
        assertThat(s.eligibility().fi()).startsWith("Hartolassa asuvat");
        assertThat(s.targetGroups()).contains(TargetGroup.FAMILIES, TargetGroup.CHILDREN);
        assertThat(s.languages()).containsExactly("fi", "sv");
        assertThat(s.keywords()).containsExactly("neuvola", "rokotukset");
        assertThat(s.freeOfCharge()).isTrue();
        assertThat(s.areas()).containsExactly(Map.entry(UUID.fromString(DemoAreas.HARTOLA), ServiceMode.FIXED));
        assertThat(s.places()).containsExactly(placeId);
        assertThat(s.channels()).singleElement().satisfies(channel -> {
            assertThat(channel.kind()).isEqualTo(ChannelKind.PHONE);
            assertThat(channel.value()).isEqualTo("+358 381925000");
        });
        assertThat(s.lastReviewed()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(s.organisation()).isEqualTo(county.id());

        var perheneuvola = services.find(services.findByPtvId(UUID.fromString(ids.get(PERHENEUVOLA))).orElseThrow())
                .orElseThrow().content();
        assertThat(perheneuvola.areas()).hasSize(3); // Hartola, Asikkala, Lahti from the region's municipalities

        assertThat(new AuditRows(jdbc).newest("PTV_IMPORTED", coordinator)).hasValueSatisfying(
                row -> assertThat(row.outcome()).isEqualTo("SUCCESS")); // partly: the rejected id is in the details
        assertThat(jdbc.sql("SELECT details::text FROM audit_event WHERE type = 'PTV_IMPORTED' AND actor = :a")
                .param("a", coordinator).query(String.class).single()).contains(ids.get(NO_FINNISH_NAME));
    }

    @Test
    void importingTheSameDocumentAgainChangesNothing() {
        assertThat(JSON.readTree(post(document, coordinator).body()).get("created").asInt()).isEqualTo(7);
        ServiceId serviceId = services.findByPtvId(UUID.fromString(ids.get(LASTENNEUVOLA))).orElseThrow();
        int version = services.find(serviceId).orElseThrow().version();

        var again = post(document, coordinator);

        JsonNode report = JSON.readTree(again.body());
        assertThat(report.get("created").asInt()).isZero();
        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("unchanged").asInt()).isEqualTo(7);
        assertThat(report.get("rejected")).hasSize(1);
        assertThat(services.find(serviceId).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void aChangedElementIsUpdatedInPlace() {
        post(document, coordinator);
        String changed = document.replace("Kasvatus- ja perheneuvontaa lapsiperheille",
                "Kasvatus- ja perheneuvontaa kaikille lapsiperheille");

        JsonNode report = JSON.readTree(post(changed, coordinator).body());

        assertThat(report.get("created").asInt()).isZero();
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        ServiceId id = services.findByPtvId(UUID.fromString(ids.get(PERHENEUVOLA))).orElseThrow();
        assertThat(services.find(id).orElseThrow().content().summary().fi()).contains("kaikille lapsiperheille");
    }

    @Test
    void whatOnlyWeModelSurvivesReimport() {
        post(document, coordinator);
        ServiceId id = services.findByPtvId(UUID.fromString(ids.get(LASTENNEUVOLA))).orElseThrow();
        PlaceId placeId = places.findByPtvId(UUID.fromString(ids.get(PERHEKESKUS))).orElseThrow();
        ServiceContent s = services.find(id).orElseThrow().content();
        var outreach = new ServiceContent.Outreach(placeId, java.time.LocalDateTime.of(2026, 9, 7, 8, 0), 180,
                "FREQ=WEEKLY;BYDAY=MO;COUNT=30", true, false,
                fi.perhekeskus.servicemap.Texts.fi("Terveydenhoitaja paikalla"));
        services.save(id, new ServiceContent(s.organisation(), s.name(), s.summary(), s.description(), s.eligibility(),
                s.targetGroups(), 0, 6, fi.perhekeskus.servicemap.ServiceLevel.FAMILY_CENTRE, s.freeOfCharge(),
                s.languages(), java.util.Set.of(fi.perhekeskus.servicemap.AccessMethod.BOOKING), s.keywords(),
                Map.of(UUID.fromString(DemoAreas.HARTOLA), ServiceMode.OUTREACH), s.places(), s.channels(),
                java.util.List.of(outreach), "Neuvolan osastonhoitaja", "neuvola@example.fi", s.lastReviewed(),
                s.ptvId()), true);
        PlaceContent p = places.find(placeId).orElseThrow().content();
        places.save(placeId, new PlaceContent(p.organisation(), fi.perhekeskus.servicemap.PlaceKind.MEETING_PLACE,
                p.name(), p.description(), p.streetAddress(), p.postalCode(), p.postOffice(), p.latitude(),
                p.longitude(), p.area(), p.phone(), p.email(), p.webPage(), "https://example.fi/varaa",
                fi.perhekeskus.servicemap.Texts.fi("Pyörätuoliramppi"),
                Map.of(fi.perhekeskus.servicemap.MeetingPlaceQuestion.FOR_WHOM,
                        fi.perhekeskus.servicemap.Texts.fi("Kaikille lapsiperheille")),
                p.hours(), p.exceptions(), p.lastReviewed(), p.ptvId()), true);

        JsonNode again = JSON.readTree(post(document, coordinator).body());
        assertThat(again.get("unchanged").asInt()).isEqualTo(7);
        JsonNode changed = JSON.readTree(post(document.replace("Child health clinic", "Child health centre"),
                coordinator).body());
        assertThat(changed.get("updated").asInt()).isEqualTo(1);

        ServiceContent kept = services.find(id).orElseThrow().content();
        assertThat(kept.name().en()).isEqualTo("Child health centre");
        assertThat(kept.level()).isEqualTo(fi.perhekeskus.servicemap.ServiceLevel.FAMILY_CENTRE);
        assertThat(kept.ageMax()).isEqualTo(6);
        assertThat(kept.accessMethods()).containsExactly(fi.perhekeskus.servicemap.AccessMethod.BOOKING);
        assertThat(kept.areas()).containsEntry(UUID.fromString(DemoAreas.HARTOLA), ServiceMode.OUTREACH);
        assertThat(kept.outreach()).containsExactly(outreach);
        assertThat(kept.maintainerEmail()).isEqualTo("neuvola@example.fi");
        PlaceContent keptPlace = places.find(placeId).orElseThrow().content();
        assertThat(keptPlace.kind()).isEqualTo(fi.perhekeskus.servicemap.PlaceKind.MEETING_PLACE);
        assertThat(keptPlace.profile()).containsKey(fi.perhekeskus.servicemap.MeetingPlaceQuestion.FOR_WHOM);
        assertThat(keptPlace.bookingUrl()).isEqualTo("https://example.fi/varaa");
    }

    @Test
    void badIdsAndCoordinatesRejectTheirElementOnlyAndTheReasonIsInTheCallersLanguage() {
        String broken = document
                .replace("\"" + ids.get(MLL) + "\",\n      \"businessCode\"", "\"not-a-uuid\",\n      \"businessCode\"")
                .replace("\"6830412.250\"", "\"kuusi miljoonaa\"");

        var response = post(broken, coordinator, "Cookie", "lang=en");

        JsonNode report = JSON.readTree(response.body());
        Map<String, String> reasons = new HashMap<>();
        report.get("rejected").forEach(r -> reasons.put(r.get("id").asString(), r.get("reason").asString()));
        assertThat(reasons).containsEntry("not-a-uuid", "The PTV id is not a valid UUID: not-a-uuid");
        assertThat(reasons.get(ids.get(PERHEKESKUS))).startsWith("The coordinates are invalid");
        assertThat(reasons.get(ids.get(NO_FINNISH_NAME))).isEqualTo("The Finnish name is missing.");
        // The MLL place and service need the rejected organisation; the county's services still import.
        assertThat(reasons).hasSize(5);
        assertThat(report.get("created").asInt()).isEqualTo(3); // the county and two of its services
        ServiceId id = services.findByPtvId(UUID.fromString(ids.get(LASTENNEUVOLA))).orElseThrow();
        assertThat(services.find(id).orElseThrow().content().places()).isEmpty();
        assertThat(places.findByPtvId(UUID.fromString(ids.get(PERHEKESKUS)))).isEmpty();
    }

    @Test
    void aMalformedDocumentImportsNothing() {
        String organisation = document.substring(document.indexOf("\"organizations\": [") + 18,
                document.indexOf("\"serviceChannels\"")).strip();
        organisation = organisation.substring(0, organisation.lastIndexOf(']'));
        for (String body : new String[] {"this is not json", "[]", "{\"services\": {}}", "{}", "{\"organizations\": [1]}",
                "{\"organizations\": [" + organisation + "], \"services\": {\"id\": 1}}", "{\"organizations\": ["}) {
            var response = post(body, coordinator);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("reason").asString()).isEqualTo("malformed-ptv-document");
            assertThat(error.get("message").asString()).isNotBlank();
        }
        assertThat(organisations.findByPtvId(UUID.fromString(ids.get(WELLBEING_COUNTY)))).isEmpty();
    }

    @Test
    void onlyCoordinatorsAndAdministratorsMayImport() {
        String worker = WebClientSession.createUser(port, "ptv", "pw-123456", "Ville Välittäjä", "CLOSE_WORKER");
        String editor = WebClientSession.createUser(port, "ptv", "pw-123456", "Elina Editori", "SERVICE_EDITOR");

        assertThat(post(document, worker).statusCode()).isEqualTo(403);
        assertThat(post(document, editor).statusCode()).isEqualTo(403);
        // An anonymous visitor with a valid CSRF token reaches the action check: 401, not a login page.
        var visitor = new WebClientSession(port);
        String csrf = WebClientSession.csrfToken(visitor.get("/login"));
        var anonymous = visitor.send(HttpRequest.newBuilder(visitor.uri("/api/v1/imports/ptv"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(document)));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(organisations.findByPtvId(UUID.fromString(ids.get(WELLBEING_COUNTY)))).isEmpty();
        assertThat(postAs(document, "admin", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void aBrowserSessionNeedsItsCsrfTokenToImport() {
        var browser = new WebClientSession(port).loggedInAs(coordinator, "pw-123456");
        var request = HttpRequest.newBuilder(browser.uri("/api/v1/imports/ptv"))
                .header("Content-Type", "application/json").header("Accept", "application/json");

        var forged = browser.send(request.copy().POST(HttpRequest.BodyPublishers.ofString(document)));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(organisations.findByPtvId(UUID.fromString(ids.get(WELLBEING_COUNTY)))).isEmpty();

        String csrf = WebClientSession.csrfToken(browser.get("/"));
        var real = browser.send(request.copy().header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(document)));
        assertThat(real.statusCode()).isEqualTo(200);
    }

    @Test
    void theScheduledSyncFetchesTheConfiguredUrlAndImports() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ptv.json", exchange -> {
            byte[] body = document.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/broken.json", exchange -> {
            byte[] body = "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThatThrownBy(() -> new PtvSync(ptvImport, audit, base + "/broken.json").syncNow())
                    .hasMessageContaining("not JSON");
            assertThat(organisations.findByPtvId(UUID.fromString(ids.get(WELLBEING_COUNTY)))).isEmpty();

            PtvSync sync = new PtvSync(ptvImport, audit, base + "/ptv.json");
            assertThat(sync.syncNow().created()).isEqualTo(7);
            assertThat(sync.syncNow().unchanged()).isEqualTo(7);
            assertThat(new AuditRows(jdbc).newest("PTV_IMPORTED", PtvSync.ACTOR)).isPresent();
        } finally {
            server.stop(0);
        }
    }

    // ---- helpers ----

    HttpResponse<String> post(String body, String username, String... headers) {
        return postAs(body, username, "pw-123456", headers);
    }

    HttpResponse<String> postAs(String body, String username, String password, String... headers) {
        var request = HttpRequest.newBuilder(new WebClientSession(port).uri("/api/v1/imports/ptv"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (headers.length > 0) request.headers(headers);
        return new WebClientSession(port).send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String withFreshIds(String text) {
        Matcher m = UUIDS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, ids.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String sample() {
        try (InputStream in = PtvImportTest.class.getResourceAsStream("/servicemap/ptv/hartola-sample.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
