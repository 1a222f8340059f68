package fi.perhekeskus.servicemap.internal;

import static fi.perhekeskus.servicemap.internal.Columns.array;
import static fi.perhekeskus.servicemap.internal.Columns.blankToNull;
import static fi.perhekeskus.servicemap.internal.Columns.orEmpty;
import static fi.perhekeskus.servicemap.internal.Columns.texts;

import fi.perhekeskus.servicemap.AccessMethod;
import fi.perhekeskus.servicemap.ChannelKind;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services as published, with their areas, places, channels and outreach schedules. A save
 * replaces the whole service in one transaction and re-indexes it for search.
 */
@Repository
class ServiceRepository {

    /** A service as stored: its content and whether the public sees it. */
    record StoredService(ServiceId id, ServiceContent content, boolean published, int version) {}

    private final JdbcClient jdbc;
    private final SearchIndexer indexer;

    ServiceRepository(JdbcClient jdbc, SearchIndexer indexer) {
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    @Transactional
    void save(ServiceId id, ServiceContent c, boolean published) {
        var statement = jdbc.sql("""
                INSERT INTO service (id, organisation_id, name_fi, name_sv, name_en, summary_fi, summary_sv, summary_en,
                    description_fi, description_sv, description_en, eligibility_fi, eligibility_sv, eligibility_en,
                    target_groups, age_min, age_max, level, free_of_charge, languages, access_methods, keywords,
                    maintainer_name, maintainer_email, last_reviewed, ptv_id, published)
                VALUES (:id, :organisation, :name_fi, :name_sv, :name_en, coalesce(:summary_fi, ''), :summary_sv,
                    :summary_en, coalesce(:description_fi, ''), :description_sv, :description_en, :eligibility_fi,
                    :eligibility_sv, :eligibility_en, :targetGroups, :ageMin, :ageMax, :level, :free, :languages,
                    :accessMethods, :keywords, :maintainerName, :maintainerEmail, :lastReviewed, :ptvId, :published)
                ON CONFLICT (id) DO UPDATE SET organisation_id = excluded.organisation_id,
                    name_fi = excluded.name_fi, name_sv = excluded.name_sv, name_en = excluded.name_en,
                    summary_fi = excluded.summary_fi, summary_sv = excluded.summary_sv, summary_en = excluded.summary_en,
                    description_fi = excluded.description_fi, description_sv = excluded.description_sv,
                    description_en = excluded.description_en, eligibility_fi = excluded.eligibility_fi,
                    eligibility_sv = excluded.eligibility_sv, eligibility_en = excluded.eligibility_en,
                    target_groups = excluded.target_groups, age_min = excluded.age_min, age_max = excluded.age_max,
                    level = excluded.level, free_of_charge = excluded.free_of_charge, languages = excluded.languages,
                    access_methods = excluded.access_methods, keywords = excluded.keywords,
                    maintainer_name = excluded.maintainer_name, maintainer_email = excluded.maintainer_email,
                    last_reviewed = excluded.last_reviewed, ptv_id = excluded.ptv_id, published = excluded.published,
                    version = service.version + 1, updated_at = now()""")
                .param("id", id.value())
                .param("organisation", c.organisation().value())
                .param("targetGroups", array(c.targetGroups()))
                .param("ageMin", c.ageMin())
                .param("ageMax", c.ageMax())
                .param("level", c.level().name())
                .param("free", c.freeOfCharge())
                .param("languages", array(c.languages()))
                .param("accessMethods", array(c.accessMethods()))
                .param("keywords", array(c.keywords()))
                .param("maintainerName", blankToNull(c.maintainerName()))
                .param("maintainerEmail", blankToNull(c.maintainerEmail()))
                .param("lastReviewed", c.lastReviewed())
                .param("ptvId", c.ptvId())
                .param("published", published);
        statement = texts(statement, "name", c.name());
        statement = texts(statement, "summary", c.summary());
        statement = texts(statement, "description", c.description());
        statement = texts(statement, "eligibility", c.eligibility());
        statement.update();

        replaceChildren(id, c);
        indexer.indexService(id);
    }

    private void replaceChildren(ServiceId id, ServiceContent c) {
        UUID service = id.value();
        // One round trip each for the deletes, the areas and the places: a region-wide service
        // serves fifteen areas, and the demo data and imports save hundreds of services at start.
        jdbc.sql("""
                WITH a AS (DELETE FROM service_area WHERE service_id = :id),
                     p AS (DELETE FROM service_place WHERE service_id = :id),
                     c AS (DELETE FROM service_channel WHERE service_id = :id)
                DELETE FROM outreach_schedule WHERE service_id = :id""").param("id", service).update();
        Map<UUID, ServiceMode> areas = orEmpty(c.areas());
        if (!areas.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO service_area (service_id, family_centre_area_id, mode)
                    SELECT :s, a, m FROM unnest(:areas::uuid[], :modes::text[]) AS t(a, m)""")
                    .param("s", service).param("areas", areas.keySet().toArray(UUID[]::new))
                    .param("modes", areas.values().stream().map(ServiceMode::name).toArray(String[]::new)).update();
        }
        if (c.places() != null && !c.places().isEmpty()) {
            jdbc.sql("""
                    INSERT INTO service_place (service_id, place_id)
                    SELECT DISTINCT :s, p FROM unnest(:places::uuid[]) AS t(p) ON CONFLICT DO NOTHING""")
                    .param("s", service).param("places", c.places().stream().map(PlaceId::value).toArray(UUID[]::new))
                    .update();
        }
        int position = 0;
        for (ServiceContent.Channel channel : c.channels() == null ? List.<ServiceContent.Channel>of() : c.channels()) {
            var statement = jdbc.sql("""
                    INSERT INTO service_channel (id, service_id, kind, value, description_fi, description_sv,
                        description_en, position)
                    VALUES (:id, :s, :kind, :value, :description_fi, :description_sv, :description_en, :position)""")
                    .param("id", UUID.randomUUID()).param("s", service).param("kind", channel.kind().name())
                    .param("value", channel.value().strip()).param("position", position++);
            texts(statement, "description", channel.description()).update();
        }
        for (ServiceContent.Outreach outreach : c.outreach() == null ? List.<ServiceContent.Outreach>of() : c.outreach()) {
            var statement = jdbc.sql("""
                    INSERT INTO outreach_schedule (id, service_id, place_id, starts_at, duration_minutes, rrule,
                        no_appointment, anonymous, note_fi, note_sv, note_en)
                    VALUES (:id, :s, :p, :startsAt, :duration, :rrule, :noAppointment, :anonymous,
                        :note_fi, :note_sv, :note_en)""")
                    .param("id", UUID.randomUUID()).param("s", service).param("p", outreach.place().value())
                    .param("startsAt", Timestamp.valueOf(outreach.startsAt()))
                    .param("duration", outreach.durationMinutes()).param("rrule", outreach.rrule())
                    .param("noAppointment", outreach.noAppointment()).param("anonymous", outreach.anonymous());
            texts(statement, "note", outreach.note()).update();
        }
    }

    Optional<StoredService> find(ServiceId id) {
        return jdbc.sql("SELECT * FROM service WHERE id = :id").param("id", id.value())
                .query((rs, n) -> new StoredService(id, new ServiceContent(
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        texts(rs, "name"), texts(rs, "summary"), texts(rs, "description"), texts(rs, "eligibility"),
                        new LinkedHashSet<>(Columns.enums(rs, "target_groups", TargetGroup::valueOf)),
                        (Integer) rs.getObject("age_min"), (Integer) rs.getObject("age_max"),
                        ServiceLevel.valueOf(rs.getString("level")), rs.getBoolean("free_of_charge"),
                        Columns.strings(rs, "languages"),
                        new LinkedHashSet<>(Columns.enums(rs, "access_methods", AccessMethod::valueOf)),
                        Columns.strings(rs, "keywords"), Map.of(), List.of(), List.of(), List.of(),
                        rs.getString("maintainer_name"), rs.getString("maintainer_email"),
                        rs.getObject("last_reviewed", java.time.LocalDate.class),
                        rs.getObject("ptv_id", UUID.class)),
                        rs.getBoolean("published"), rs.getInt("version")))
                .optional()
                .map(stored -> new StoredService(id, withChildren(id, stored.content()), stored.published(),
                        stored.version()));
    }

    private ServiceContent withChildren(ServiceId id, ServiceContent c) {
        Map<UUID, ServiceMode> areas = new LinkedHashMap<>();
        jdbc.sql("SELECT family_centre_area_id, mode FROM service_area WHERE service_id = :id").param("id", id.value())
                .query(rs -> {
                    areas.put(rs.getObject(1, UUID.class), ServiceMode.valueOf(rs.getString(2)));
                });
        List<PlaceId> places = jdbc.sql("""
                SELECT sp.place_id FROM service_place sp JOIN place p ON p.id = sp.place_id
                WHERE sp.service_id = :id ORDER BY p.name_fi""").param("id", id.value())
                .query((rs, n) -> new PlaceId(rs.getObject(1, UUID.class))).list();
        List<ServiceContent.Channel> channels = jdbc.sql(
                "SELECT * FROM service_channel WHERE service_id = :id ORDER BY position").param("id", id.value())
                .query((rs, n) -> new ServiceContent.Channel(ChannelKind.valueOf(rs.getString("kind")),
                        rs.getString("value"), texts(rs, "description"))).list();
        List<ServiceContent.Outreach> outreach = jdbc.sql(
                "SELECT * FROM outreach_schedule WHERE service_id = :id ORDER BY starts_at").param("id", id.value())
                .query((rs, n) -> new ServiceContent.Outreach(new PlaceId(rs.getObject("place_id", UUID.class)),
                        rs.getTimestamp("starts_at").toLocalDateTime(), rs.getInt("duration_minutes"),
                        rs.getString("rrule"), rs.getBoolean("no_appointment"), rs.getBoolean("anonymous"),
                        texts(rs, "note"))).list();
        return new ServiceContent(c.organisation(), c.name(), c.summary(), c.description(), c.eligibility(),
                c.targetGroups(), c.ageMin(), c.ageMax(), c.level(), c.freeOfCharge(), c.languages(),
                c.accessMethods(), c.keywords(), areas, places, channels, outreach, c.maintainerName(),
                c.maintainerEmail(), c.lastReviewed(), c.ptvId());
    }

    Optional<ServiceId> findByPtvId(UUID ptvId) {
        return jdbc.sql("SELECT id FROM service WHERE ptv_id = :p").param("p", ptvId)
                .query((rs, n) -> new ServiceId(rs.getObject(1, UUID.class))).optional();
    }
}
