package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Searches published services: text matching with {@link TextQuery}, filters in SQL, ranked by
 * how many of the words matched, then by weighted text rank and name similarity. Filtering and
 * paging happen in the database; only one page leaves it.
 */
@Component
class ServiceSearch {

    /** How many more than a page are re-ranked by name similarity. */
    static final int SIMILARITY_CANDIDATES = 100;

    private final JdbcClient jdbc;
    private final TextQuery textQuery;
    private final Clock clock;
    private final SearchCache cache;

    ServiceSearch(JdbcClient jdbc, TextQuery textQuery, Clock clock, SearchCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.textQuery = textQuery;
        this.clock = clock;
    }

    /** One page of matches, from the cache when the same search was made since the last change. */
    SearchPage<ServiceHit> search(ServiceQuery query) {
        // "Open now" depends on the minute it is asked, so it is always computed.
        return query.openNow() ? uncached(query) : cache.get(query, () -> uncached(query));
    }

    private SearchPage<ServiceHit> uncached(ServiceQuery query) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("s.published"));
        String rank = "0";
        String similarity = "0";
        String from = "service s JOIN organisation o ON o.id = s.organisation_id";
        if (query.hasText()) {
            TextQuery.Compiled compiled = textQuery.compile(query.text());
            params.put("raw", query.text().strip().toLowerCase(java.util.Locale.ROOT));
            if (compiled.isEmpty()) {
                where.add(":raw <% s.search_names");
                rank = "word_similarity(:raw, s.search_names)";
            } else {
                params.putAll(compiled.params());
                from += compiled.join();
                where.add("s.search_document @@ " + compiled.any());
                rank = compiled.rank("s.search_document");
                similarity = "word_similarity(:raw, s.search_names)";
            }
        }
        filters(query, where, params);
        String distance = "NULL::float8";
        String order = query.hasText() ? "rank DESC, s.name_fi" : "s.name_fi";
        if (query.near() != null) {
            params.put("lat", query.near().latitude());
            params.put("lon", query.near().longitude());
            distance = """
                    (SELECT min(111.2 * sqrt(power(p.latitude - :lat, 2)
                            + power((p.longitude - :lon) * cos(radians(:lat)), 2)))
                     FROM service_place sp JOIN place p ON p.id = sp.place_id
                     WHERE sp.service_id = s.id AND p.latitude IS NOT NULL)""";
            order = "distance NULLS LAST, " + order;
        }
        params.put("limit", Math.clamp(query.limit(), 1, ServiceQuery.MAX_LIMIT));
        params.put("offset", Math.max(0, query.offset()));
        params.put("candidates", Math.max(0, query.offset()) + Math.clamp(query.limit(), 1, ServiceQuery.MAX_LIMIT)
                + SIMILARITY_CANDIDATES);
        AtomicLong total = new AtomicLong();
        // Every match is counted and ranked by its words (cheap, from the tsvector); only the best
        // candidates are then re-ranked by how close the name is to what was typed (trigram
        // similarity costs tens of microseconds a row), and only one page fetches its areas and places.
        List<ServiceHit> hits = jdbc.sql("""
                WITH matched AS (
                    SELECT s.id, s.name_fi, s.search_names, %s AS rank, %s AS distance
                    FROM %s
                    WHERE %s),
                candidates AS (
                    SELECT *, count(*) OVER () AS total FROM matched s
                    ORDER BY %s
                    LIMIT :candidates),
                reranked AS (
                    SELECT s.id, s.name_fi, s.total, s.distance, s.rank + %s AS rank FROM candidates s),
                page AS (
                    SELECT s.*, row_number() OVER (ORDER BY %s) AS position FROM reranked s
                    ORDER BY position
                    LIMIT :limit OFFSET :offset)
                SELECT s.id, s.name_fi, s.name_sv, s.name_en, s.summary_fi, s.summary_sv, s.summary_en,
                       o.name_fi AS org_fi, o.name_sv AS org_sv, o.name_en AS org_en, o.type, s.level,
                       s.free_of_charge, s.last_reviewed, page.total,
                       ARRAY(SELECT a.id || '|' || sa.mode || '|' || a.name FROM service_area sa JOIN family_centre_area a ON a.id = sa.family_centre_area_id
                             WHERE sa.service_id = s.id ORDER BY a.name) AS areas,
                       ARRAY(SELECT p.id || '|' || p.latitude || '|' || p.longitude || '|' || p.name_fi
                             FROM service_place sp JOIN place p ON p.id = sp.place_id
                             WHERE sp.service_id = s.id AND p.latitude IS NOT NULL AND p.published) AS points,
                       page.rank, page.distance
                FROM page JOIN service s ON s.id = page.id JOIN organisation o ON o.id = s.organisation_id
                ORDER BY page.position""".formatted(rank, distance, from, String.join(" AND ", where), order,
                        similarity, order))
                .params(params)
                .query((rs, n) -> {
                    total.set(rs.getLong("total"));
                    return hit(rs);
                }).list();
        if (hits.isEmpty() && query.offset() > 0) {
            total.set(count(from, where, params));
        }
        return new SearchPage<>(total.get(), hits);
    }

    /** Every match, page by page: for lists that show all, such as an area's services. */
    List<ServiceHit> searchAll(ServiceQuery query) {
        List<ServiceHit> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            SearchPage<ServiceHit> page = search(new ServiceQuery(query.text(), query.area(), query.municipality(),
                    query.age(), query.targetGroup(), query.providerType(), query.level(), query.freeOfCharge(),
                    query.serviceLanguage(), query.openNow(), query.mode(), query.near(), ServiceQuery.MAX_LIMIT, offset));
            all.addAll(page.items());
            offset += ServiceQuery.MAX_LIMIT;
            if (page.items().size() < ServiceQuery.MAX_LIMIT || offset >= page.total()) return all;
        }
    }

    private long count(String from, List<String> where, Map<String, Object> params) {
        Map<String, Object> countParams = new HashMap<>(params);
        countParams.remove("limit");
        countParams.remove("offset");
        return jdbc.sql("SELECT count(*) FROM " + from + " WHERE " + String.join(" AND ", where))
                .params(countParams).query(Long.class).single();
    }

    private void filters(ServiceQuery query, List<String> where, Map<String, Object> params) {
        if (query.area() != null) {
            where.add("EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id AND sa.family_centre_area_id = :area"
                    + (query.mode() != null ? " AND sa.mode = :mode" : "") + ")");
            params.put("area", query.area());
        } else if (query.mode() != null) {
            where.add("EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id AND sa.mode = :mode)");
        }
        if (query.mode() != null) params.put("mode", query.mode().name());
        if (query.municipality() != null && !query.municipality().isBlank()) {
            where.add("""
                    EXISTS (SELECT 1 FROM service_area sa JOIN municipality m ON m.family_centre_area_id = sa.family_centre_area_id
                            WHERE sa.service_id = s.id AND lower(m.name) = lower(:municipality))""");
            params.put("municipality", query.municipality().strip());
        }
        if (query.age() != null) {
            where.add("(s.age_min IS NULL OR s.age_min <= :age) AND (s.age_max IS NULL OR s.age_max >= :age)");
            params.put("age", query.age());
        }
        if (query.targetGroup() != null) {
            where.add(":targetGroup = ANY (s.target_groups)");
            params.put("targetGroup", query.targetGroup().name());
        }
        if (query.providerType() != null) {
            where.add("o.type = :providerType");
            params.put("providerType", query.providerType().name());
        }
        if (query.level() != null) {
            where.add("s.level = :level");
            params.put("level", query.level().name());
        }
        if (Boolean.TRUE.equals(query.freeOfCharge())) {
            where.add("s.free_of_charge");
        }
        if (query.serviceLanguage() != null && !query.serviceLanguage().isBlank()) {
            where.add(":serviceLanguage = ANY (s.languages)");
            params.put("serviceLanguage", query.serviceLanguage());
        }
        if (query.openNow()) {
            LocalDateTime now = LocalDateTime.now(clock);
            where.add("EXISTS (SELECT 1 FROM service_place sp WHERE sp.service_id = s.id AND " + OpeningHoursSql.OPEN_AT + ")");
            params.put("nowDay", now.toLocalDate());
            params.put("nowTime", now.toLocalTime());
            params.put("nowWeekday", now.getDayOfWeek().getValue());
            params.put("yesterdayWeekday", now.getDayOfWeek().minus(1).getValue());
        }
    }

    private static List<ServiceHit.AreaRef> areas(ResultSet rs) throws SQLException {
        List<ServiceHit.AreaRef> areas = new ArrayList<>();
        for (String area : Columns.strings(rs, "areas")) {
            String[] f = area.split("\\|", 3);
            areas.add(new ServiceHit.AreaRef(f[0], f[2], f[1]));
        }
        return areas;
    }

    private static ServiceHit hit(ResultSet rs) throws SQLException {
        List<ServiceHit.MapPoint> points = new ArrayList<>();
        for (String point : Columns.strings(rs, "points")) {
            String[] f = point.split("\\|", 4);
            points.add(new ServiceHit.MapPoint(f[0], f[3], Double.parseDouble(f[1]), Double.parseDouble(f[2])));
        }
        return new ServiceHit(new ServiceId(rs.getObject("id", UUID.class)), Columns.texts(rs, "name"),
                Columns.texts(rs, "summary"),
                new fi.perhekeskus.servicemap.Texts(rs.getString("org_fi"), rs.getString("org_sv"), rs.getString("org_en")),
                OrganisationType.valueOf(rs.getString("type")), ServiceLevel.valueOf(rs.getString("level")),
                rs.getBoolean("free_of_charge"), areas(rs),
                rs.getObject("last_reviewed", LocalDate.class), points, (Double) rs.getObject("distance"));
    }
}
