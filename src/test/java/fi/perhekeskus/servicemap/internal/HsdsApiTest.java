package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.Texts;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Open Referral HSDS 3.0 read API: field names, nesting, paging and only published entries. */
@PerhekeskusTest
class HsdsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ServiceMapFixtures fixtures;

    @Autowired
    ServiceRepository services;

    OrganisationId organisation;
    PlaceId place;
    ServiceId service;
    ServiceId draft;

    @BeforeEach
    void entries() {
        organisation = fixtures.organisation(ServiceMapFixtures.unique("Hsds-yhdistys "), OrganisationType.NGO);
        place = fixtures.place(organisation, ServiceMapFixtures.unique("Hsds-perhetalo "), PlaceKind.MEETING_PLACE,
                UUID.fromString(DemoAreas.HARTOLA), true);
        ServiceContent c = ServiceMapFixtures.service(organisation, ServiceMapFixtures.unique("Hsds-perhekahvila "),
                "Avoin perhekahvila", UUID.fromString(DemoAreas.HARTOLA), List.of(place));
        service = new ServiceId(UUID.randomUUID());
        services.save(service, new ServiceContent(c.organisation(), c.name(), c.summary(), c.description(),
                Texts.fi("Kaikki pikkulapsiperheet"), c.targetGroups(), c.ageMin(), c.ageMax(), c.level(),
                c.freeOfCharge(), c.languages(), c.accessMethods(), c.keywords(), c.areas(), c.places(), c.channels(),
                List.of(new ServiceContent.Outreach(place, LocalDateTime.of(2026, 9, 7, 8, 0), 180,
                        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270531T000000", true, true, Texts.fi("Perheohjaaja paikalla"))),
                c.maintainerName(), c.maintainerEmail(), c.lastReviewed(), null), true);
        draft = fixtures.service(organisation, ServiceMapFixtures.unique("Hsds-luonnos "), "Ei vielä julkaistu",
                null, List.of(place), false);
    }

    @Test
    void aServiceHasTheHsdsFieldsWithNestedPhonesAreasLocationsLanguagesAndSchedules() {
        JsonNode s = get("/api/hsds/services/" + service);

        assertThat(s.get("id").asString()).isEqualTo(service.toString());
        assertThat(s.get("organization_id").asString()).isEqualTo(organisation.toString());
        assertThat(s.get("name").asString()).containsIgnoringCase("hsds-perhekahvila ");
        assertThat(s.get("status").asString()).isEqualTo("active");
        assertThat(s.get("description").asString()).contains("Avoin perhekahvila");
        assertThat(s.get("eligibility_description").asString()).isEqualTo("Kaikki pikkulapsiperheet");
        assertThat(s.get("minimum_age").asInt()).isZero();
        assertThat(s.get("maximum_age").asInt()).isEqualTo(17);
        assertThat(s.get("assured_date").asString()).isEqualTo("2026-10-01");
        assertThat(s.get("fees_description").asString()).isEqualTo("Maksuton");
        assertThat(s.get("last_modified").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(s.has("alternate_name") && s.has("url") && s.has("email") && s.has("program_id")).isTrue();

        assertThat(s.get("phones")).singleElement().satisfies(phone -> {
            assertThat(phone.get("number").asString()).isEqualTo("03 565 0000");
            assertThat(phone.get("type").asString()).isEqualTo("voice");
            assertThat(phone.get("service_id").asString()).isEqualTo(service.toString());
            assertThat(phone.get("id").asString()).matches("[0-9a-f-]{36}");
        });
        assertThat(s.get("service_areas")).singleElement().satisfies(area -> {
            assertThat(area.get("name").asString()).isEqualTo("Hartola");
            assertThat(area.get("service_id").asString()).isEqualTo(service.toString());
        });
        assertThat(s.get("service_at_locations")).singleElement().satisfies(sal -> {
            assertThat(sal.get("service_id").asString()).isEqualTo(service.toString());
            assertThat(sal.get("location_id").asString()).isEqualTo(place.toString());
        });
        assertThat(texts(s.get("languages"), "code")).containsExactly("fi", "sv");
        assertThat(texts(s.get("languages"), "name")).containsExactly("suomi", "ruotsi");
        assertThat(s.get("organization").get("id").asString()).isEqualTo(organisation.toString());
        assertThat(s.get("contacts").get(0).get("email").asString()).isEqualTo("yllapito@example.fi");
        assertThat(texts(s.get("attributes"), "link_type")).contains("target_group", "service_level");

        JsonNode schedule = s.get("schedules").get(0);
        assertThat(schedule.get("freq").asString()).isEqualTo("WEEKLY");
        assertThat(schedule.get("byday").asString()).isEqualTo("MO");
        assertThat(schedule.get("until").asString()).isEqualTo("2027-05-31");
        assertThat(schedule.get("dtstart").asString()).isEqualTo("2026-09-07");
        assertThat(schedule.get("opens_at").asString()).isEqualTo("08:00");
        assertThat(schedule.get("closes_at").asString()).isEqualTo("11:00");
        assertThat(schedule.get("location_id").asString()).isEqualTo(place.toString());
        assertThat(schedule.get("service_at_location_id").asString())
                .isEqualTo(s.get("service_at_locations").get(0).get("id").asString());
        assertThat(schedule.get("description").asString()).isEqualTo("Perheohjaaja paikalla");
    }

    @Test
    void aLocationHasItsAddressOpeningHoursAsSchedulesAndAccessibility() {
        JsonNode l = get("/api/hsds/locations/" + place);

        assertThat(l.get("location_type").asString()).isEqualTo("physical");
        assertThat(l.get("organization_id").asString()).isEqualTo(organisation.toString());
        assertThat(l.get("latitude").asDouble()).isEqualTo(61.27);
        assertThat(l.get("longitude").asDouble()).isEqualTo(24.03);
        JsonNode address = l.get("addresses").get(0);
        assertThat(address.get("address_1").asString()).isEqualTo("Testikatu 1");
        assertThat(address.get("city").asString()).isEqualTo("Valkeakoski");
        assertThat(address.get("postal_code").asString()).isEqualTo("37600");
        assertThat(address.get("state_province").asString()).isEqualTo("Päijät-Häme");
        assertThat(address.get("country").asString()).isEqualTo("FI");
        assertThat(address.get("address_type").asString()).isEqualTo("physical");
        assertThat(address.get("location_id").asString()).isEqualTo(place.toString());
        assertThat(l.get("accessibility").get(0).get("description").asString()).isEqualTo("Esteetön sisäänkäynti");
        assertThat(l.get("phones").get(0).get("number").asString()).isEqualTo("03 555 0000");

        JsonNode schedules = l.get("schedules");
        assertThat(schedules).hasSize(3);
        assertThat(schedules.get(0).get("byday").asString()).isEqualTo("MO");
        assertThat(schedules.get(0).get("freq").asString()).isEqualTo("WEEKLY");
        assertThat(schedules.get(0).get("opens_at").asString()).isEqualTo("09:00");
        assertThat(schedules.get(0).get("closes_at").asString()).isEqualTo("15:00");
        assertThat(schedules.get(1).get("byday").asString()).isEqualTo("WE");
        JsonNode christmas = schedules.get(2);
        assertThat(christmas.get("valid_from").asString()).isEqualTo("2026-12-24");
        assertThat(christmas.get("valid_to").asString()).isEqualTo("2026-12-24");
        assertThat(christmas.get("opens_at").isNull()).isTrue();
        assertThat(christmas.get("description").asString()).contains("Suljettu").contains("Jouluaatto");
    }

    @Test
    void serviceAtLocationAndOrganizationNestTheirParts() {
        String salId = get("/api/hsds/services/" + service).get("service_at_locations").get(0).get("id").asString();

        JsonNode sal = get("/api/hsds/service_at_locations/" + salId);
        assertThat(sal.get("id").asString()).isEqualTo(salId);
        assertThat(sal.get("service_id").asString()).isEqualTo(service.toString());
        assertThat(sal.get("location").get("id").asString()).isEqualTo(place.toString());
        assertThat(sal.get("location").get("addresses").get(0).get("postal_code").asString()).isEqualTo("37600");
        assertThat(sal.get("schedules").get(0).get("byday").asString()).isEqualTo("MO");

        JsonNode org = get("/api/hsds/organizations/" + organisation);
        assertThat(org.get("name").asString()).containsIgnoringCase("hsds-yhdistys ");
        assertThat(org.get("legal_status").asString()).isEqualTo("Järjestö");
        assertThat(org.get("phones").get(0).get("organization_id").asString()).isEqualTo(organisation.toString());
        assertThat(texts(org.get("locations"), "id")).containsExactly(place.toString());
        assertThat(org.has("organization_identifiers")).isTrue();
    }

    @Test
    void onlyPublishedEntriesAreVisible() {
        var browser = new WebClientSession(port);
        assertThat(browser.get("/api/hsds/services/" + draft, "Accept", "application/json").statusCode()).isEqualTo(404);
        assertThat(browser.get("/api/hsds/services/" + UUID.randomUUID(), "Accept", "application/json").statusCode())
                .isEqualTo(404);
        assertThat(browser.get("/api/hsds/service_at_locations/" + HsdsApi.serviceAtLocationId(draft, place),
                "Accept", "application/json").statusCode()).isEqualTo(404);
        assertThat(browser.get("/api/hsds/services/not-a-uuid", "Accept", "application/json").statusCode())
                .isEqualTo(404);
    }

    @Test
    void listsArePagedInTheHsdsShape() {
        JsonNode first = get("/api/hsds/services?per_page=2&page=1");
        assertThat(first.propertyNames()).containsExactly("total_items", "total_pages", "page_number", "size",
                "first_page", "last_page", "empty", "contents");
        long total = first.get("total_items").asLong();
        assertThat(total).isGreaterThan(2);
        assertThat(first.get("total_pages").asLong()).isEqualTo((total + 1) / 2);
        assertThat(first.get("page_number").asInt()).isEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("first_page").asBoolean()).isTrue();
        assertThat(first.get("last_page").asBoolean()).isFalse();
        assertThat(first.get("empty").asBoolean()).isFalse();
        assertThat(first.get("contents")).hasSize(2);
        assertThat(first.get("contents").get(0).has("service_areas")).isTrue();

        JsonNode beyond = get("/api/hsds/services?per_page=2&page=" + (total + 5));
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("contents")).isEmpty();

        for (String list : List.of("organizations", "locations", "service_at_locations")) {
            JsonNode page = get("/api/hsds/" + list + "?per_page=5");
            assertThat(page.get("total_items").asLong()).as(list).isPositive();
            assertThat(page.get("contents")).as(list).hasSize(5);
        }

        var browser = new WebClientSession(port);
        for (String bad : List.of("per_page=0", "per_page=201", "page=0", "page=abc")) {
            var response = browser.get("/api/hsds/services?" + bad, "Accept", "application/json");
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("reason").asString()).isEqualTo("invalid-parameters");
        }
    }

    JsonNode get(String path) {
        var response = new WebClientSession(port).get(path, "Accept", "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static List<String> texts(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }
}
