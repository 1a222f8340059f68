package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.servicemap.MeetingPlaceQuestion;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PerhekeskusTest
class ServiceMapDemoDataTest {

    @Autowired
    ServiceMapDemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlaceRepository places;

    @Autowired
    ServiceRepository services;

    @Autowired
    AssessmentHistory assessments;

    @LocalServerPort
    int port;

    @Test
    void theDemoMapHasTheIssuesVolumeOfPublishedServicesAndMeetingPlacesInEveryArea() {
        long demoServices = jdbc.sql("SELECT count(*) FROM service WHERE published AND maintainer_email = 'palvelutiedot@demo.perhekeskus.invalid'")
                .query(Long.class).single();
        assertThat(demoServices).isGreaterThanOrEqualTo(250);
        long translated = jdbc.sql("""
                SELECT count(*) FROM service WHERE maintainer_email = 'palvelutiedot@demo.perhekeskus.invalid'
                AND name_sv IS NOT NULL AND name_en IS NOT NULL AND summary_sv IS NOT NULL AND summary_en IS NOT NULL""")
                .query(Long.class).single();
        assertThat(translated).isGreaterThanOrEqualTo(50);
        List<UUID> meetingPlaces = jdbc.sql("SELECT id FROM place WHERE published AND kind = 'MEETING_PLACE' AND email = 'kohtaamispaikka@demo.perhekeskus.invalid'")
                .query(UUID.class).list();
        assertThat(meetingPlaces).hasSizeGreaterThanOrEqualTo(30);
        long areasWithoutServices = jdbc.sql("""
                SELECT count(*) FROM family_centre_area a WHERE a.id IN (:areas)
                AND NOT EXISTS (SELECT 1 FROM service_area sa WHERE sa.family_centre_area_id = a.id)""")
                .param("areas", meetingPlaces.isEmpty() ? List.of(UUID.randomUUID()) : jdbc.sql(
                        "SELECT family_centre_area_id FROM place WHERE id IN (:ids)").param("ids", meetingPlaces)
                        .query(UUID.class).list())
                .query(Long.class).single();
        assertThat(areasWithoutServices).isZero();
        List<String> providerTypes = jdbc.sql("""
                SELECT DISTINCT o.type FROM service s JOIN organisation o ON o.id = s.organisation_id
                WHERE s.maintainer_email = 'palvelutiedot@demo.perhekeskus.invalid' ORDER BY 1""").query(String.class).list();
        assertThat(providerTypes).containsExactly("MUNICIPALITY", "NGO", "PARISH", "PRIVATE", "STATE", "WELLBEING_COUNTY");
    }

    @Test
    void everyMeetingPlaceAnswersTheEightQuestionsAndHasADatedSelfAssessmentHistory() {
        var place = places.find(ServiceMapDemoData.placeId("mp-hartola")).orElseThrow();
        assertThat(place.content().kind()).isEqualTo(PlaceKind.MEETING_PLACE);
        assertThat(place.content().profile().keySet()).containsExactlyInAnyOrder(MeetingPlaceQuestion.values());
        assertThat(place.content().exceptions()).anySatisfy(e -> assertThat(e.day()).hasMonthValue(12).hasDayOfMonth(24));

        long withoutProfile = jdbc.sql("""
                SELECT count(*) FROM place WHERE email = 'kohtaamispaikka@demo.perhekeskus.invalid'
                AND (SELECT count(*) FROM jsonb_object_keys(profile)) < 8""").query(Long.class).single();
        assertThat(withoutProfile).isZero();
        long badHistories = jdbc.sql("""
                SELECT count(*) FROM place p WHERE p.email = 'kohtaamispaikka@demo.perhekeskus.invalid'
                AND (SELECT count(*) FROM place_assessment a WHERE a.place_id = p.id) NOT BETWEEN 1 AND 3""")
                .query(Long.class).single();
        assertThat(badHistories).isZero();
        long changed = jdbc.sql("""
                SELECT count(DISTINCT a.place_id) FROM place_assessment a JOIN place_assessment_item i ON i.assessment_id = a.id
                JOIN place_assessment b ON b.place_id = a.place_id AND b.assessed_on > a.assessed_on
                JOIN place_assessment_item j ON j.assessment_id = b.id AND j.criterion = i.criterion
                WHERE i.rating <> j.rating""").query(Long.class).single();
        assertThat(changed).as("meeting places whose ratings changed between assessments").isPositive();
        var history = assessments.latest(ServiceMapDemoData.placeId("mp-tampere-keskusta"));
        assertThat(history).isNotEmpty().allSatisfy(a -> assertThat(a.items()).hasSize(fi.perhekeskus.servicemap.Criterion.values().length));
    }

    @Test
    void outreachSchedulesEndAndAppearOnTheFamilyCounsellingService() {
        long endless = jdbc.sql("SELECT count(*) FROM outreach_schedule WHERE rrule !~ '(UNTIL|COUNT)='").query(Long.class).single();
        assertThat(endless).isZero();
        var service = services.find(ServiceMapDemoData.serviceId("perheneuvola", "Valkeakoski–Akaa–Urjala")).orElseThrow();
        assertThat(service.content().outreach()).anySatisfy(o -> {
            assertThat(o.rrule()).contains("BYDAY=MO");
            assertThat(o.noAppointment()).isTrue();
            assertThat(o.anonymous()).isTrue();
        });
        assertThat(service.content().name().sv()).isEqualTo("Familjerådgivningen i Valkeakoski");
    }

    @Test
    void someEntriesAreOverdueForReviewAndTheServiceEditorMayEditTwoOrganisations() {
        long overdue = jdbc.sql("""
                SELECT count(*) FROM service WHERE maintainer_email = 'palvelutiedot@demo.perhekeskus.invalid'
                AND last_reviewed < (SELECT max(last_reviewed) FROM service
                    WHERE maintainer_email = 'palvelutiedot@demo.perhekeskus.invalid') - INTERVAL '12 months'""")
                .query(Long.class).single();
        assertThat(overdue).isBetween(20L, 200L);
        long editable = jdbc.sql("""
                SELECT count(*) FROM organisation_editor e JOIN app_user u ON u.id = e.user_id WHERE u.username = 'toimittaja'""")
                .query(Long.class).single();
        assertThat(editable).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM postal_code WHERE code IN ('19600', '37600', '33720')").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void thePublicPagesAndTheApiShowTheDemoContent() {
        var web = new WebClientSession(port);
        var place = web.get("/places/" + ServiceMapDemoData.placeId("mp-hartola"));
        assertThat(place.statusCode()).isEqualTo(200);
        assertThat(place.body()).contains("Hartolan perhekahvila", "Kaikille Hartolan alueen lapsiperheille");
        var service = web.get("/services/" + ServiceMapDemoData.serviceId("neuvola", "Hartola"));
        assertThat(service.statusCode()).isEqualTo(200);
        assertThat(service.body()).contains("Hartolan neuvola");
        var api = web.get("/api/v1/services?q=perheneuvolaan&area=" + ServiceMapDemoData.areaId("Nokia") + "&limit=3",
                "Accept", "application/json");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains(ServiceMapDemoData.serviceId("perheneuvola", "Nokia").toString());
        var placesApi = web.get("/api/v1/places?q=perhekahvila+hartola&limit=3", "Accept", "application/json");
        assertThat(placesApi.statusCode()).isEqualTo(200);
        assertThat(placesApi.body()).contains(ServiceMapDemoData.placeId("mp-hartola").toString());
    }

    @Test
    void loadingAgainAddsNothing() {
        demo.load();
        assertThat(demo.lastLoad().services()).isZero();
        assertThat(demo.lastLoad().places()).isZero();
        assertThat(demo.lastLoad().organisations()).isZero();
    }
}
