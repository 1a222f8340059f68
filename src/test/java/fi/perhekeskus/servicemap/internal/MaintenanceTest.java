package fi.perhekeskus.servicemap.internal;

import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Maintenance of the service map over real HTTP: who may edit what, drafts that stay invisible
 * until a coordinator publishes them, validation messages on the fields, and the outreach feeds.
 */
@PerhekeskusTest
class MaintenanceTest {

    static final String PASSWORD = "pw-123456";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceMapFixtures fixtures;

    @Autowired
    ServiceRepository services;

    OrganisationId organisation;
    PlaceId place;
    ServiceId service;
    String serviceName;
    String editor;

    @BeforeEach
    void fixture() {
        organisation = fixtures.organisation(ServiceMapFixtures.unique("Ylläpitoyhdistys ").strip(), OrganisationType.NGO);
        place = fixtures.place(organisation, ServiceMapFixtures.unique("Ylläpitokahvila ").strip(), PlaceKind.MEETING_PLACE,
                UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA), true);
        serviceName = ServiceMapFixtures.unique("Ylläpitopalvelu ").strip();
        service = fixtures.service(organisation, serviceName, "Tukea perheille", UUID.fromString(
                DemoAreas.VALKEAKOSKI_AKAA_URJALA), List.of(place), true);
        editor = WebClientSession.createUser(port, "toimittaja", PASSWORD, "Eeva Editori", "SERVICE_EDITOR");
        grant(editor, organisation);
    }

    void grant(String username, OrganisationId organisation) {
        jdbc.sql("""
                INSERT INTO organisation_editor (user_id, organisation_id)
                SELECT id, :org FROM app_user WHERE username = :u""")
                .param("org", organisation.value()).param("u", username).update();
    }

    WebClientSession as(String username) {
        return new WebClientSession(port).loggedInAs(username, username.equals("koordinaattori")
                || username.equals("vieras") ? "demo" : PASSWORD);
    }

    static Map<String, String> serviceForm(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nameFi", name);
        form.put("summaryFi", "Tukea perheille");
        form.put("descriptionFi", "Kuvaus palvelusta");
        form.put("level", "FAMILY_CENTRE");
        form.put("languages", "fi, sv");
        form.put("targetGroups", "FAMILIES");
        form.put("accessMethods", "WALK_IN");
        form.put("freeOfCharge", "true");
        return form;
    }

    Map<String, String> placeForm(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "MEETING_PLACE");
        form.put("nameFi", name);
        form.put("streetAddress", "Testikatu 1");
        form.put("postalCode", "37600");
        form.put("postOffice", "Valkeakoski");
        form.put("latitude", "61.27");
        form.put("longitude", "24.03");
        return form;
    }

    @Test
    void editorsDraftStaysInvisibleUntilTheCoordinatorPublishesIt() {
        var toimittaja = as(editor);
        String edit = "/maintenance/services/" + service.value() + "/edit";
        assertThat(toimittaja.get("/maintenance/services").body()).contains(serviceName);
        assertThat(toimittaja.get(edit).statusCode()).isEqualTo(200);
        String newName = ServiceMapFixtures.unique("Uudistettu palvelu ").strip();

        var saved = toimittaja.postWithCsrfFrom(edit, edit, serviceForm(newName));
        var again = toimittaja.postWithCsrfFrom(edit, edit, serviceForm(newName)); // double submit

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM content_revision WHERE entity_id = :id AND state = 'DRAFT'")
                .param("id", service.value()).query(Integer.class).single()).as("one open draft").isEqualTo(1);
        var anonymous = new WebClientSession(port);
        assertThat(anonymous.get("/services/" + service.value()).body()).contains(serviceName).doesNotContain(newName);
        assertThat(new AuditRows(jdbc).newest("SERVICE_MAP_DRAFT_SAVED", editor))
                .hasValueSatisfying(row -> assertThat(row.target()).isEqualTo(service.value().toString()));

        var coordinator = as("koordinaattori");
        String queue = coordinator.get("/maintenance/drafts").body();
        assertThat(queue).contains(newName);
        UUID revision = jdbc.sql("SELECT id FROM content_revision WHERE entity_id = :id AND state = 'DRAFT'")
                .param("id", service.value()).query(UUID.class).single();
        String draftPage = "/maintenance/drafts/" + revision;
        assertThat(coordinator.get(draftPage).body()).containsPattern("Nimi\\s*<code>fi</code>").contains(serviceName).contains(newName);

        var published = coordinator.postWithCsrfFrom(draftPage, draftPage + "/publish", Map.of());
        var publishedTwice = coordinator.postWithCsrfFrom("/maintenance/drafts", draftPage + "/publish", Map.of());

        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(publishedTwice.statusCode()).as("second click changes nothing").isEqualTo(302);
        String publicPage = anonymous.get("/services/" + service.value()).body();
        assertThat(publicPage).contains(newName);
        assertThat(publicPage).contains("Tiedot tarkistettu " + java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")
                .format(LocalDate.now(ZoneId.of("Europe/Helsinki"))));
        assertThat(toimittaja.get("/maintenance/services/" + service.value() + "/history").body())
                .contains("Julkaistu").contains("Eeva Editori");
        assertThat(new AuditRows(jdbc).newest("SERVICE_MAP_DRAFT_PUBLISHED", "koordinaattori"))
                .hasValueSatisfying(row -> assertThat(row.target()).isEqualTo(service.value().toString()));
    }

    @Test
    void coordinatorCannotPublishADraftThatChangedAfterTheyOpenedIt() {
        var toimittaja = as(editor);
        String edit = "/maintenance/services/" + service.value() + "/edit";
        String first = ServiceMapFixtures.unique("Ensimmäinen versio ").strip();
        String second = ServiceMapFixtures.unique("Toinen versio ").strip();
        toimittaja.postWithCsrfFrom(edit, edit, serviceForm(first));
        UUID revision = jdbc.sql("SELECT id FROM content_revision WHERE entity_id = :id AND state = 'DRAFT'")
                .param("id", service.value()).query(UUID.class).single();
        var coordinator = as("koordinaattori");
        String draftPage = "/maintenance/drafts/" + revision;
        String seen = coordinator.get(draftPage).body()
                .replaceAll("(?s).*name=\"seen\" value=\"([0-9]+)\".*", "$1");

        toimittaja.postWithCsrfFrom(edit, edit, serviceForm(second));
        var stale = coordinator.postWithCsrfFrom(draftPage, draftPage + "/publish", Map.of("seen", seen));

        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(location(stale)).endsWith(draftPage);
        assertThat(coordinator.get(draftPage).body()).contains(second).contains("tallensi luonnoksen uudelleen");
        assertThat(new WebClientSession(port).get("/services/" + service.value()).body())
                .contains(serviceName).doesNotContain(first).doesNotContain(second);
    }

    @Test
    void coordinatorReturnsADraftWithACommentTheEditorSees() {
        var toimittaja = as(editor);
        String edit = "/maintenance/services/" + service.value() + "/edit";
        toimittaja.postWithCsrfFrom(edit, edit, serviceForm(serviceName + " korjattu"));
        UUID revision = jdbc.sql("SELECT id FROM content_revision WHERE entity_id = :id AND state = 'DRAFT'")
                .param("id", service.value()).query(UUID.class).single();
        var coordinator = as("koordinaattori");
        String draftPage = "/maintenance/drafts/" + revision;

        var empty = coordinator.postWithCsrfFrom(draftPage, draftPage + "/return", Map.of("comment", " "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Tämä tieto on pakollinen.");

        var returned = coordinator.postWithCsrfFrom(draftPage, draftPage + "/return",
                Map.of("comment", "Lisää ruotsinkielinen nimi"));
        assertThat(returned.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/maintenance/drafts").body()).doesNotContain(serviceName + " korjattu");
        assertThat(toimittaja.get(edit).body()).contains("Lisää ruotsinkielinen nimi");
        assertThat(new AuditRows(jdbc).newest("SERVICE_MAP_DRAFT_RETURNED", "koordinaattori")).isPresent();
    }

    @Test
    void editorCreatesANewServiceThatOnlyAppearsWhenPublished() {
        var toimittaja = as(editor);
        String newPage = "/maintenance/organisations/" + organisation.value() + "/services/new";
        String page = toimittaja.get(newPage).body();
        String id = page.replaceAll("(?s).*name=\"id\" value=\"([0-9a-f-]{36})\".*", "$1");
        String name = ServiceMapFixtures.unique("Aivan uusi palvelu ").strip();
        Map<String, String> form = serviceForm(name);
        form.put("id", id);

        var created = toimittaja.postWithCsrfFrom(newPage, newPage, form);
        var createdTwice = toimittaja.postWithCsrfFrom(newPage, newPage, form);

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(createdTwice.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM service WHERE name_fi = :n").param("n", name).query(Integer.class)
                .single()).as("a double submit creates one service").isEqualTo(1);
        assertThat(new WebClientSession(port).get("/services/" + id).statusCode()).isEqualTo(404);
        assertThat(new WebClientSession(port).get("/services?q=" + name.replace(' ', '+')).body())
                .as("not in the search results").doesNotContain("/services/" + id + "\"");

        var coordinator = as("koordinaattori");
        assertThat(coordinator.get("/maintenance/drafts").body()).contains(name).contains("(uusi)");
        UUID revision = jdbc.sql("SELECT id FROM content_revision WHERE entity_id = CAST(:id AS uuid) AND state = 'DRAFT'")
                .param("id", id).query(UUID.class).single();
        coordinator.postWithCsrfFrom("/maintenance/drafts", "/maintenance/drafts/" + revision + "/publish", Map.of());
        assertThat(new WebClientSession(port).get("/services/" + id).body()).contains(name);
    }

    @Test
    void editorOfAnotherOrganisationIsRefused() {
        var other = fixtures.organisation(ServiceMapFixtures.unique("Toinen yhdistys ").strip(), OrganisationType.NGO);
        String outsider = WebClientSession.createUser(port, "toimittaja", PASSWORD, "Olli Ulkopuolinen",
                "SERVICE_EDITOR");
        grant(outsider, other);
        var session = as(outsider);
        String edit = "/maintenance/services/" + service.value() + "/edit";

        assertThat(session.get(edit).statusCode()).isEqualTo(403);
        assertThat(session.get("/maintenance/places/" + place.value() + "/edit").statusCode()).isEqualTo(403);
        assertThat(session.get("/maintenance/organisations/" + organisation.value() + "/services/new").statusCode())
                .isEqualTo(403);
        var post = session.postWithCsrfFrom("/maintenance/services", edit, serviceForm("Kaapattu"));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(session.get("/maintenance/services").body()).doesNotContain(serviceName);
        assertThat(session.get("/maintenance/drafts").statusCode()).as("only coordinators publish").isEqualTo(403);
        assertThat(new AuditRows(jdbc).newest("ACCESS_DENIED", outsider)).isPresent();
    }

    @Test
    void workerWithoutTheEditorRoleIsRefusedAndAnonymousIsSentToLogIn() {
        var vieras = as("vieras");
        assertThat(vieras.get("/maintenance/services/" + service.value() + "/edit").statusCode()).isEqualTo(403);
        assertThat(vieras.get("/maintenance/services").statusCode()).isEqualTo(403);

        var anonymous = new WebClientSession(port).get("/maintenance/services/" + service.value() + "/edit");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(location(anonymous)).endsWith("/login");
    }

    @Test
    void overlappingOpeningHoursAreRefusedOnTheField() {
        var toimittaja = as(editor);
        String edit = "/maintenance/places/" + place.value() + "/edit";
        Map<String, String> form = placeForm("Kahvila");
        form.put("hours[0].weekday", "1");
        form.put("hours[0].opens", "9.00");
        form.put("hours[0].closes", "12.00");
        form.put("hours[1].weekday", "1");
        form.put("hours[1].opens", "11:30");
        form.put("hours[1].closes", "15:00");

        var response = toimittaja.postWithCsrfFrom(edit, edit, form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Aukioloaika menee päällekkäin aukioloajan 1 kanssa samana päivänä.")
                .contains("href=\"#hours1.opens\"").contains("id=\"hours1.opens-error\"");
        assertThat(jdbc.sql("SELECT count(*) FROM content_revision WHERE entity_id = :id")
                .param("id", place.value()).query(Integer.class).single()).as("nothing saved").isZero();
    }

    @Test
    void editorAnswersTheMeetingPlaceQuestionsWhichThePlacePageShowsOncePublished() {
        var toimittaja = as(editor);
        String edit = "/maintenance/places/" + place.value() + "/edit";
        assertThat(toimittaja.get(edit).body()).contains("Kohtaamispaikan toimintaperiaatteet")
                .contains("name=\"profile[7].fi\"");
        Map<String, String> onlySwedish = placeForm("Kahvila");
        onlySwedish.put("profile[0].sv", "För alla barnfamiljer");
        var refused = toimittaja.postWithCsrfFrom(edit, edit, onlySwedish);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#profile0.fi\"");

        Map<String, String> form = placeForm("Kahvila");
        form.put("profile[0].fi", "Kaikille alle kouluikäisten lasten perheille");
        form.put("profile[0].sv", "För alla familjer med barn under skolåldern");
        form.put("profile[7].fi", "Perheet suunnittelevat ohjelman kerran kuussa");
        assertThat(toimittaja.postWithCsrfFrom(edit, edit, form).statusCode()).isEqualTo(302);

        var coordinator = as("koordinaattori");
        UUID revision = jdbc.sql("SELECT id FROM content_revision WHERE entity_id = :id AND state = 'DRAFT'")
                .param("id", place.value()).query(UUID.class).single();
        String draftPage = "/maintenance/drafts/" + revision;
        assertThat(coordinator.postWithCsrfFrom(draftPage, draftPage + "/publish", Map.of()).statusCode()).isEqualTo(302);

        var anonymous = new WebClientSession(port);
        assertThat(anonymous.get("/places/" + place.value()).body())
                .contains("Kaikille alle kouluikäisten lasten perheille", "Perheet suunnittelevat ohjelman kerran kuussa");
        assertThat(anonymous.get("/places/" + place.value() + "?lang=sv").body())
                .contains("För alla familjer med barn under skolåldern");
    }

    @Test
    void editorSetsHolidayHoursAndTheBookingLinkWhichThePlacePageShowsOncePublished() {
        var toimittaja = as(editor);
        String edit = "/maintenance/places/" + place.value() + "/edit";
        Map<String, String> bad = placeForm("Kahvila");
        bad.put("exceptions[0].day", "32.12.2026");
        bad.put("exceptions[0].closed", "true");
        bad.put("exceptions[1].day", "6.1.2027");
        bad.put("exceptions[1].opens", "9.00");
        bad.put("bookingUrl", "varaa.example.fi");
        var refused = toimittaja.postWithCsrfFrom(edit, edit, bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Anna päivämäärä muodossa 24.12.2026.", "href=\"#exceptions0.day\"",
                "href=\"#exceptions1.closes\"", "href=\"#bookingUrl\"");

        Map<String, String> form = placeForm("Kahvila");
        form.put("exceptions[0].day", "24.12.2026");
        form.put("exceptions[0].closed", "true");
        form.put("exceptions[0].noteFi", "Jouluaatto");
        form.put("exceptions[1].day", "31.12.2026");
        form.put("exceptions[1].opens", "9.00");
        form.put("exceptions[1].closes", "13.00");
        form.put("exceptions[1].noteFi", "Uudenvuodenaatto");
        form.put("bookingUrl", "https://varaa.example.fi/kahvila");
        assertThat(toimittaja.postWithCsrfFrom(edit, edit, form).statusCode()).isEqualTo(302);
        assertThat(toimittaja.get(edit).body()).contains("value=\"31.12.2026\"", "value=\"Uudenvuodenaatto\"");
        publishDraftOf(place.value());

        String page = new WebClientSession(port).get("/places/" + place.value()).body();
        assertThat(page).contains("Jouluaatto", "Uudenvuodenaatto", "https://varaa.example.fi/kahvila");
    }

    @Test
    void editorSetsWhoTheServiceIsForAndWhoMaintainsIt() {
        var toimittaja = as(editor);
        String edit = "/maintenance/services/" + service.value() + "/edit";
        Map<String, String> bad = serviceForm(serviceName);
        bad.put("maintainerEmail", "ei-osoite");
        var refused = toimittaja.postWithCsrfFrom(edit, edit, bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#maintainerEmail\"");

        Map<String, String> form = serviceForm(serviceName);
        form.put("eligibilityFi", "Perheet, joissa on alle 18-vuotias lapsi");
        form.put("maintainerName", "Maija Ylläpitäjä");
        form.put("maintainerEmail", "maija@example.fi");
        assertThat(toimittaja.postWithCsrfFrom(edit, edit, form).statusCode()).isEqualTo(302);
        publishDraftOf(service.value());

        assertThat(new WebClientSession(port).get("/services/" + service.value()).body())
                .contains("Perheet, joissa on alle 18-vuotias lapsi");
        assertThat(toimittaja.get(edit).body()).contains("value=\"maija@example.fi\"");
    }

    private void publishDraftOf(UUID entity) {
        var coordinator = as("koordinaattori");
        UUID revision = jdbc.sql("SELECT id FROM content_revision WHERE entity_id = :id AND state = 'DRAFT'")
                .param("id", entity).query(UUID.class).single();
        String draftPage = "/maintenance/drafts/" + revision;
        assertThat(coordinator.postWithCsrfFrom(draftPage, draftPage + "/publish", Map.of()).statusCode()).isEqualTo(302);
    }

    @Test
    void coordinatesOutsideFinlandAreRefused() {
        var toimittaja = as(editor);
        String edit = "/maintenance/places/" + place.value() + "/edit";
        Map<String, String> form = placeForm("Kahvila");
        form.put("latitude", "24.03");
        form.put("longitude", "61.27");

        var response = toimittaja.postWithCsrfFrom(edit, edit, form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Leveysasteen on oltava Suomessa, 59–71.")
                .contains("Pituusasteen on oltava Suomessa, 19–32.");
    }

    @Test
    void anRruleThatNeverEndsIsRefusedInTheUsersLanguage() {
        var toimittaja = as(editor);
        String edit = "/maintenance/services/" + service.value() + "/edit";
        Map<String, String> form = serviceForm(serviceName);
        form.put("outreach[0].place", place.value().toString());
        form.put("outreach[0].startsAt", "2026-11-02T08:00");
        form.put("outreach[0].durationMinutes", "180");
        form.put("outreach[0].rrule", "FREQ=WEEKLY;BYDAY=MO");

        var response = toimittaja.postWithCsrfFrom(edit, edit, form);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Toistosääntö ei pääty koskaan.").contains("id=\"outreach0.rrule-error\"");

        form.put("outreach[0].rrule", "FREQ=SOMETIMES");
        assertThat(toimittaja.postWithCsrfFrom(edit, edit, form).body()).contains("ei ole kelvollinen iCalendar RRULE");

        toimittaja.setCookie("lang", "en");
        form.put("outreach[0].rrule", "FREQ=WEEKLY;BYDAY=MO");
        var english = toimittaja.postWithCsrfFrom(edit + "?lang=en", edit, form);
        assertThat(english.body()).contains("The rule never ends.");

        form.put("outreach[0].rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=20");
        assertThat(toimittaja.postWithCsrfFrom(edit, edit, form).statusCode()).isEqualTo(302);
    }

    @Test
    void outreachIsShownOnTheServiceAndPlacePagesAndAsAnIcsFeed() {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Helsinki")).toLocalDate().minusDays(3).atTime(8, 0);
        ServiceContent base = services.find(service).orElseThrow().content();
        ServiceContent withOutreach = new ServiceContent(base.organisation(), base.name(), base.summary(),
                base.description(), base.eligibility(), base.targetGroups(), base.ageMin(), base.ageMax(), base.level(),
                base.freeOfCharge(), base.languages(), base.accessMethods(), base.keywords(), base.areas(),
                base.places(), base.channels(),
                List.of(new ServiceContent.Outreach(place, start, 180, "FREQ=DAILY;COUNT=30", true, true,
                        fi.perhekeskus.servicemap.Texts.fi("Tule kahville"))),
                base.maintainerName(), base.maintainerEmail(), base.lastReviewed(), base.ptvId());
        services.save(service, withOutreach, true);
        var anonymous = new WebClientSession(port);

        String servicePage = anonymous.get("/services/" + service.value()).body();
        assertThat(servicePage).contains("id=\"outreach\"").contains("Tule kahville").contains("Ei ajanvarausta.")
                .contains("/services/" + service.value() + "/outreach.ics?lang=fi");
        assertThat(servicePage.split("data-testid=\"outreach-occurrence\"", -1).length - 1)
                .as("daily visits from today until the 30th").isBetween(26, 28);
        assertThat(anonymous.get("/places/" + place.value()).body()).contains("id=\"outreach\"").contains(serviceName);

        var ics = anonymous.get("/services/" + service.value() + "/outreach.ics", "Accept", "text/calendar");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        String body = ics.body().replace("\r\n ", "");
        assertThat(body).startsWith("BEGIN:VCALENDAR").contains("TZID:Europe/Helsinki").contains("BEGIN:VEVENT")
                .contains("RRULE:FREQ=DAILY;COUNT=30")
                .contains("DTSTART;TZID=Europe/Helsinki:" + start.format(java.time.format.DateTimeFormatter
                        .ofPattern("yyyyMMdd'T'HHmmss")))
                .contains("DURATION:PT3H").contains("LOCATION:Testikatu 1\\, 37600 Valkeakoski");
        var swedish = new WebClientSession(port).get("/services/" + service.value() + "/outreach.ics?lang=sv",
                "Accept", "text/calendar").body().replace("\r\n ", "");
        assertThat(swedish).contains("Ingen tidsbokning").doesNotContain("Ei ajanvarausta");
        var placeIcs = anonymous.get("/places/" + place.value() + "/outreach.ics", "Accept", "text/calendar");
        assertThat(placeIcs.statusCode()).isEqualTo(200);
        assertThat(placeIcs.body()).contains("RRULE:FREQ=DAILY;COUNT=30");

        ServiceId hidden = fixtures.service(organisation, ServiceMapFixtures.unique("Piilopalvelu ").strip(), "x", null,
                List.of(place), false);
        assertThat(anonymous.get("/services/" + hidden.value() + "/outreach.ics", "Accept", "text/calendar")
                .statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/services/" + UUID.randomUUID() + "/outreach.ics", "Accept", "text/calendar")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void coordinatorMarksAnOldEntryReviewed() {
        jdbc.sql("UPDATE service SET last_reviewed = DATE '2024-05-01' WHERE id = :id").param("id", service.value())
                .update();
        var coordinator = as("koordinaattori");
        assertThat(coordinator.get("/maintenance/not-reviewed").body()).contains(serviceName).contains("1.5.2024");
        assertThat(as(editor).get("/maintenance/not-reviewed").body()).as("editor sees own organisation's")
                .contains(serviceName);

        var marked = coordinator.postWithCsrfFrom("/maintenance/not-reviewed",
                "/maintenance/not-reviewed/services/" + service.value(), Map.of());

        assertThat(marked.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/maintenance/not-reviewed").body()).doesNotContain(serviceName);
        assertThat(services.find(service).orElseThrow().content().lastReviewed())
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Helsinki")));
        assertThat(new AuditRows(jdbc).newest("SERVICE_MAP_ENTRY_REVIEWED", "koordinaattori")).isPresent();
        var byEditor = as(editor).postWithCsrfFrom("/maintenance/not-reviewed",
                "/maintenance/not-reviewed/services/" + service.value(), Map.of());
        assertThat(byEditor.statusCode()).isEqualTo(403);
    }

    @Test
    void editorRecordsASelfAssessmentShownOnThePlacePage() {
        var toimittaja = as(editor);
        String page = "/maintenance/places/" + place.value() + "/assessment";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("assessedOn", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString());
        form.put("assessedBy", "Kahvilan tiimi");
        for (var criterion : fi.perhekeskus.servicemap.Criterion.values()) {
            form.put("ratings[" + criterion.name() + "]", "MET");
        }
        form.remove("ratings[STORAGE]");

        var missing = toimittaja.postWithCsrfFrom(page, page, form);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("Valitse, toteutuuko kriteeri.").contains("href=\"#ratingsSTORAGE\"");

        form.put("ratings[STORAGE]", "PARTLY");
        form.put("notes[STORAGE]", "Vaunuille ei ole tilaa");
        var saved = toimittaja.postWithCsrfFrom(page, page, form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(new WebClientSession(port).get("/places/" + place.value()).body())
                .contains("Kahvilan tiimi").contains("Vaunuille ei ole tilaa");
        assertThat(new AuditRows(jdbc).newest("PLACE_ASSESSMENT_RECORDED", editor)).isPresent();
    }
}
