package fi.perhekeskus.servicemap.internal;

import static fi.perhekeskus.servicemap.internal.Columns.blankToNull;
import static fi.perhekeskus.servicemap.internal.Columns.texts;

import fi.perhekeskus.servicemap.Criterion;
import fi.perhekeskus.servicemap.MeetingPlaceQuestion;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.Texts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Places (service locations and meeting places) with their opening hours and exceptions. */
@Repository
class PlaceRepository {

    record StoredPlace(PlaceId id, PlaceContent content, boolean published, int version) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<MeetingPlaceQuestion, Texts>> PROFILE = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final SearchIndexer indexer;

    PlaceRepository(JdbcClient jdbc, SearchIndexer indexer) {
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    @Transactional
    void save(PlaceId id, PlaceContent c, boolean published) {
        var statement = jdbc.sql("""
                INSERT INTO place (id, organisation_id, kind, name_fi, name_sv, name_en, description_fi, description_sv,
                    description_en, street_address, postal_code, post_office, latitude, longitude,
                    family_centre_area_id, phone, email, web_page, booking_url, accessibility_fi, accessibility_sv,
                    accessibility_en, profile, last_reviewed, ptv_id, published)
                VALUES (:id, :organisation, :kind, :name_fi, :name_sv, :name_en, coalesce(:description_fi, ''),
                    :description_sv, :description_en, :street, :postalCode, :postOffice, :latitude, :longitude,
                    :area, :phone, :email, :webPage, :bookingUrl, :accessibility_fi, :accessibility_sv,
                    :accessibility_en, :profile::jsonb, :lastReviewed, :ptvId, :published)
                ON CONFLICT (id) DO UPDATE SET organisation_id = excluded.organisation_id, kind = excluded.kind,
                    name_fi = excluded.name_fi, name_sv = excluded.name_sv, name_en = excluded.name_en,
                    description_fi = excluded.description_fi, description_sv = excluded.description_sv,
                    description_en = excluded.description_en, street_address = excluded.street_address,
                    postal_code = excluded.postal_code, post_office = excluded.post_office,
                    latitude = excluded.latitude, longitude = excluded.longitude,
                    family_centre_area_id = excluded.family_centre_area_id, phone = excluded.phone,
                    email = excluded.email, web_page = excluded.web_page, booking_url = excluded.booking_url,
                    accessibility_fi = excluded.accessibility_fi, accessibility_sv = excluded.accessibility_sv,
                    accessibility_en = excluded.accessibility_en, profile = excluded.profile,
                    last_reviewed = excluded.last_reviewed, ptv_id = excluded.ptv_id, published = excluded.published,
                    version = place.version + 1, updated_at = now()""")
                .param("id", id.value())
                .param("organisation", c.organisation().value())
                .param("kind", c.kind().name())
                .param("street", blankToNull(c.streetAddress()))
                .param("postalCode", blankToNull(c.postalCode()))
                .param("postOffice", blankToNull(c.postOffice()))
                .param("latitude", c.latitude())
                .param("longitude", c.longitude())
                .param("area", c.area())
                .param("phone", blankToNull(c.phone()))
                .param("email", blankToNull(c.email()))
                .param("webPage", blankToNull(c.webPage()))
                .param("bookingUrl", blankToNull(c.bookingUrl()))
                .param("profile", JSON.writeValueAsString(c.profile() == null ? Map.of() : c.profile()))
                .param("lastReviewed", c.lastReviewed())
                .param("ptvId", c.ptvId())
                .param("published", published);
        statement = texts(statement, "name", c.name());
        statement = texts(statement, "description", c.description());
        statement = texts(statement, "accessibility", c.accessibility());
        statement.update();

        jdbc.sql("""
                WITH h AS (DELETE FROM opening_hours WHERE place_id = :id)
                DELETE FROM opening_exception WHERE place_id = :id""").param("id", id.value()).update();
        List<PlaceContent.Hours> hours = c.hours() == null ? List.of() : c.hours();
        if (!hours.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO opening_hours (id, place_id, weekday, opens, closes)
                    SELECT gen_random_uuid(), :place, w, o, c FROM unnest(:weekdays::int[], :opens::time[], :closes::time[]) AS t(w, o, c)""")
                    .param("place", id.value())
                    .param("weekdays", hours.stream().map(PlaceContent.Hours::weekday).toArray(Integer[]::new))
                    .param("opens", hours.stream().map(h -> h.opens().toString()).toArray(String[]::new))
                    .param("closes", hours.stream().map(h -> h.closes().toString()).toArray(String[]::new))
                    .update();
        }
        for (PlaceContent.HoursException e : c.exceptions() == null ? List.<PlaceContent.HoursException>of() : c.exceptions()) {
            var insert = jdbc.sql("""
                    INSERT INTO opening_exception (id, place_id, day, closed, opens, closes, note_fi, note_sv, note_en)
                    VALUES (:id, :place, :day, :closed, :opens, :closes, :note_fi, :note_sv, :note_en)""")
                    .param("id", UUID.randomUUID()).param("place", id.value()).param("day", e.day())
                    .param("closed", e.closed()).param("opens", e.opens()).param("closes", e.closes());
            texts(insert, "note", e.note()).update();
        }
        indexer.indexPlace(id);
    }

    Optional<StoredPlace> find(PlaceId id) {
        return jdbc.sql("SELECT * FROM place WHERE id = :id").param("id", id.value())
                .query((rs, n) -> new StoredPlace(id, new PlaceContent(
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        PlaceKind.valueOf(rs.getString("kind")), texts(rs, "name"), texts(rs, "description"),
                        rs.getString("street_address"), rs.getString("postal_code"), rs.getString("post_office"),
                        (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                        rs.getObject("family_centre_area_id", UUID.class), rs.getString("phone"),
                        rs.getString("email"), rs.getString("web_page"), rs.getString("booking_url"),
                        texts(rs, "accessibility"), profile(rs.getString("profile")), List.of(), List.of(),
                        rs.getObject("last_reviewed", LocalDate.class), rs.getObject("ptv_id", UUID.class)),
                        rs.getBoolean("published"), rs.getInt("version")))
                .optional()
                .map(stored -> new StoredPlace(id, withHours(id, stored.content()), stored.published(), stored.version()));
    }

    private PlaceContent withHours(PlaceId id, PlaceContent c) {
        List<PlaceContent.Hours> hours = jdbc.sql(
                "SELECT weekday, opens, closes FROM opening_hours WHERE place_id = :id ORDER BY weekday, opens")
                .param("id", id.value())
                .query((rs, n) -> new PlaceContent.Hours(rs.getInt(1), rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class))).list();
        List<PlaceContent.HoursException> exceptions = jdbc.sql(
                "SELECT * FROM opening_exception WHERE place_id = :id ORDER BY day").param("id", id.value())
                .query((rs, n) -> new PlaceContent.HoursException(rs.getObject("day", LocalDate.class),
                        rs.getBoolean("closed"), rs.getObject("opens", LocalTime.class),
                        rs.getObject("closes", LocalTime.class), texts(rs, "note"))).list();
        return new PlaceContent(c.organisation(), c.kind(), c.name(), c.description(), c.streetAddress(),
                c.postalCode(), c.postOffice(), c.latitude(), c.longitude(), c.area(), c.phone(), c.email(),
                c.webPage(), c.bookingUrl(), c.accessibility(), c.profile(), hours, exceptions, c.lastReviewed(),
                c.ptvId());
    }

    private static Map<MeetingPlaceQuestion, Texts> profile(String json) {
        Map<MeetingPlaceQuestion, Texts> profile = new EnumMap<>(MeetingPlaceQuestion.class);
        profile.putAll(JSON.readValue(json, PROFILE));
        return profile;
    }

    /**
     * Adds one dated self-assessment of a meeting place (seed 003's minimum criteria). Assessments
     * are history: a new one is added, none is replaced; an id already stored changes nothing.
     */
    @Transactional
    void addAssessment(UUID id, PlaceId place, LocalDate assessedOn, String assessedBy,
            Map<Criterion, AssessmentHistory.Item> items) {
        int added = jdbc.sql("""
                INSERT INTO place_assessment (id, place_id, assessed_on, assessed_by)
                VALUES (:id, :place, :on, :by) ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("place", place.value()).param("on", assessedOn).param("by", assessedBy)
                .update();
        if (added == 0 || items.isEmpty()) return;
        List<Map.Entry<Criterion, AssessmentHistory.Item>> entries = List.copyOf(items.entrySet());
        jdbc.sql("""
                INSERT INTO place_assessment_item (assessment_id, criterion, rating, note)
                SELECT :id, c, r, n FROM unnest(:criteria::text[], :ratings::text[], :notes::text[]) AS t(c, r, n)""")
                .param("id", id)
                .param("criteria", entries.stream().map(e -> e.getKey().name()).toArray(String[]::new))
                .param("ratings", entries.stream().map(e -> e.getValue().rating().name()).toArray(String[]::new))
                .param("notes", entries.stream().map(e -> blankToNull(e.getValue().note())).toArray(String[]::new))
                .update();
    }

    Optional<PlaceId> findByPtvId(UUID ptvId) {
        return jdbc.sql("SELECT id FROM place WHERE ptv_id = :p").param("p", ptvId)
                .query((rs, n) -> new PlaceId(rs.getObject(1, UUID.class))).optional();
    }
}
