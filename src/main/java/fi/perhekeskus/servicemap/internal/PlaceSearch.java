package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Searches published places the same way {@link ServiceSearch} searches services. */
@Component
class PlaceSearch {

    private final JdbcClient jdbc;
    private final TextQuery textQuery;
    private final Clock clock;

    PlaceSearch(JdbcClient jdbc, TextQuery textQuery, Clock clock) {
        this.jdbc = jdbc;
        this.textQuery = textQuery;
        this.clock = clock;
    }

    SearchPage<PlaceHit> search(PlaceQuery query) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("p.published"));
        String rank = "0";
        if (query.hasText()) {
            TextQuery.Compiled compiled = textQuery.compile(query.text());
            params.put("raw", query.text().strip().toLowerCase(Locale.ROOT));
            if (compiled.isEmpty()) {
                where.add(":raw <% p.search_names");
                rank = "word_similarity(:raw, p.search_names)";
            } else {
                where.add("(p.search_document @@ " + compiled.any() + " OR :raw <% p.search_names)");
                rank = compiled.rank("p.search_document") + " + word_similarity(:raw, p.search_names)";
            }
        }
        if (query.area() != null) {
            where.add("p.family_centre_area_id = :area");
            params.put("area", query.area());
        }
        if (query.municipality() != null && !query.municipality().isBlank()) {
            where.add("""
                    (lower(p.post_office) = lower(:municipality) OR EXISTS (SELECT 1 FROM municipality m
                     WHERE m.family_centre_area_id = p.family_centre_area_id AND lower(m.name) = lower(:municipality)))""");
            params.put("municipality", query.municipality().strip());
        }
        if (query.kind() != null) {
            where.add("p.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.openNow()) {
            LocalDateTime now = LocalDateTime.now(clock);
            where.add("EXISTS (SELECT 1 FROM (SELECT p.id AS place_id) sp WHERE " + OpeningHoursSql.OPEN_AT + ")");
            params.put("nowDay", now.toLocalDate());
            params.put("nowTime", now.toLocalTime());
            params.put("nowWeekday", now.getDayOfWeek().getValue());
            params.put("yesterdayWeekday", now.getDayOfWeek().minus(1).getValue());
        }
        String distance = "NULL::float8";
        String order = query.hasText() ? "rank DESC, p.name_fi" : "p.name_fi";
        if (query.near() != null) {
            params.put("lat", query.near().latitude());
            params.put("lon", query.near().longitude());
            distance = "CASE WHEN p.latitude IS NULL THEN NULL ELSE 111.2 * sqrt(power(p.latitude - :lat, 2)"
                    + " + power((p.longitude - :lon) * cos(radians(:lat)), 2)) END";
            order = "distance NULLS LAST, " + order;
        }
        params.put("limit", Math.clamp(query.limit(), 1, ServiceQuery.MAX_LIMIT));
        params.put("offset", Math.max(0, query.offset()));
        AtomicLong total = new AtomicLong();
        List<PlaceHit> hits = jdbc.sql("""
                SELECT p.id, p.kind, p.name_fi, p.name_sv, p.name_en, p.description_fi, p.description_sv,
                       p.description_en, o.name_fi AS org_fi, o.name_sv AS org_sv, o.name_en AS org_en,
                       p.street_address, p.postal_code, p.post_office, p.latitude, p.longitude,
                       a.id AS area_id, a.name AS area_name, p.last_reviewed, count(*) OVER () AS total,
                       %s AS rank, %s AS distance
                FROM place p JOIN organisation o ON o.id = p.organisation_id
                LEFT JOIN family_centre_area a ON a.id = p.family_centre_area_id
                WHERE %s
                ORDER BY %s
                LIMIT :limit OFFSET :offset""".formatted(rank, distance, String.join(" AND ", where), order))
                .params(params)
                .query((rs, n) -> {
                    total.set(rs.getLong("total"));
                    UUID area = rs.getObject("area_id", UUID.class);
                    return new PlaceHit(new PlaceId(rs.getObject("id", UUID.class)), PlaceKind.valueOf(rs.getString("kind")),
                            Columns.texts(rs, "name"), Columns.texts(rs, "description"),
                            new Texts(rs.getString("org_fi"), rs.getString("org_sv"), rs.getString("org_en")),
                            rs.getString("street_address"), rs.getString("postal_code"), rs.getString("post_office"),
                            (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                            area == null ? null : area.toString(), rs.getString("area_name"),
                            rs.getObject("last_reviewed", LocalDate.class), (Double) rs.getObject("distance"));
                }).list();
        return new SearchPage<>(total.get(), hits);
    }
}
