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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Searches published services: text matching with {@link TextQuery}, filters in SQL, ranked by
 * how many of the words matched, then by weighted text rank and name similarity. Filtering and
 * paging happen in the database; only one page leaves it.
 *
 * <p>A text search with at most {@code ranking-pool} matches (an area's services, any search of
 * a regional map) ranks all of them. With more, it ranks the first pool of matches together with
 * the strongest evidence, read tier by tier (every word in a name, keyword or summary as a whole
 * word; one word there; then the same with words as the beginnings of longer words), each only
 * while the ones before have fewer than a page and its re-ranking candidates; the total is then
 * "over" the pool. So a broad word among 100 000 services costs hundreds of rows, not all its
 * matches. See docs/servicemap-search.md and ADR 0015 and 0016.
 */
@Component
class ServiceSearch {

    /** How many more than a page are re-ranked by name similarity. */
    static final int SIMILARITY_CANDIDATES = 20;

    /**
     * The names, keywords, summaries, provider, areas and places of a service (the A and B weights
     * of its document), written exactly as service_strong_idx (V25) is, so that the index is used.
     */
    static final String STRONG = "ts_filter(s.search_document, '{a,b}')";

    /** How many matches a search within one area or municipality ranks. */
    static final int AREA_POOL = 5_000;

    private final JdbcClient jdbc;
    private final TextQuery textQuery;
    private final Clock clock;
    private final SearchCache cache;
    private final int rankingPool;

    ServiceSearch(JdbcClient jdbc, TextQuery textQuery, Clock clock, SearchCache cache,
            @Value("${perhekeskus.servicemap.search.ranking-pool:200}") int rankingPool) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.textQuery = textQuery;
        this.clock = clock;
        this.rankingPool = Math.max(1, rankingPool);
    }

    /** One page of matches, from the cache when the same search was made since the last change. */
    SearchPage<ServiceHit> search(ServiceQuery query) {
        // "Open now" depends on the minute it is asked, so it is always computed.
        return query.openNow() ? uncached(query) : cache.get(query, () -> uncached(query));
    }

    private SearchPage<ServiceHit> uncached(ServiceQuery query) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("s.published"));
        filters(query, where, params);
        int limit = Math.clamp(query.limit(), 1, ServiceQuery.MAX_LIMIT);
        int offset = Math.max(0, query.offset());
        params.put("limit", limit);
        params.put("offset", offset);
        if (!query.hasText()) return listed(query, where, params);
        params.put("raw", query.text().strip().toLowerCase(java.util.Locale.ROOT));
        TextQuery.Compiled compiled = textQuery.compile(query.text());
        if (compiled.isEmpty()) {
            where.add(":raw <% s.search_names");
            return listed(query, where, params);
        }
        // Nearest first needs the distance of every match, so it is not cut short by tiers.
        if (query.near() != null) {
            where.add("s.search_document @@ " + compiled.any());
            return listed(query, where, params);
        }
        return ranked(query, compiled, where, params, offset + limit + SIMILARITY_CANDIDATES);
    }

    /**
     * A text search, ranked. {@code matches} reads up to one more than the pool of matches with
     * their rank: if that is all of them, they are ranked exactly. Otherwise the tiers (see the
     * class comment) add the strongest-evidence matches, each tier read only while the ones above
     * have fewer than {@code needed}. The best {@code needed} candidates are re-ranked by name
     * similarity, and one page is returned with its areas and places.
     */
    private SearchPage<ServiceHit> ranked(ServiceQuery query, TextQuery.Compiled compiled, List<String> where,
            Map<String, Object> params, int needed) {
        String filters = String.join(" AND ", where) + " AND ";
        String from = from(query);
        String rank = compiled.rank("s.search_document");
        // An area or a municipality holds a few thousand services at most: all its matches are ranked.
        int counted = query.area() != null || query.municipality() != null ? AREA_POOL : rankingPool;
        int pool = Math.max(needed, counted);
        params.put("needed", needed);
        params.put("pool", pool);
        params.put("poolAndOne", pool + 1);
        // The tiers look in the names, keywords and summaries alone (an index of their own, V25):
        // a word common in descriptions costs the index little there. They read the words as
        // whole words first, and as the beginnings of longer words ('neuvol' and 'neuvolapalvelu')
        // only while whole words leave them short of candidates: a common stem as a prefix costs
        // the index the lists of every word it begins.
        boolean many = compiled.words() > 1;
        List<String> tiers = new ArrayList<>();
        for (String tier : java.util.Arrays.asList(compiled.strongEveryWhole(), many ? compiled.strongAnyWhole() : null,
                compiled.strongEvery(), many ? compiled.strongAny() : null)) {
            if (tier != null) tiers.add(STRONG + " @@ " + tier);
        }
        String row = "SELECT s.id, s.name_fi, s.search_names, " + rank + " AS rank FROM " + from + " WHERE " + filters;
        StringBuilder sql = new StringBuilder("WITH matches AS MATERIALIZED (" + row + "s.search_document @@ "
                + compiled.any() + " LIMIT :poolAndOne)");
        List<String> gate = new ArrayList<>(List.of("(SELECT count(*) FROM matches) > :pool"));
        List<String> union = new ArrayList<>(List.of("SELECT * FROM matches"));
        for (int i = 0; i < tiers.size(); i++) {
            sql.append(",\ntier%d AS MATERIALIZED (%s%s AND %s LIMIT :needed)".formatted(i, row, tiers.get(i),
                    String.join(" AND ", gate)));
            gate.add("(SELECT count(*) FROM tier%d) < :needed".formatted(i));
            union.add("SELECT * FROM tier" + i);
        }
        // A service in several tiers has the same rank in each, so any of its rows will do.
        sql.append("""
                ,
                matched AS (SELECT DISTINCT ON (id) * FROM (%s) t),
                candidates AS (SELECT * FROM matched s ORDER BY rank DESC, s.name_fi LIMIT :needed),
                reranked AS (SELECT s.id, s.name_fi, s.rank + word_similarity(:raw, s.search_names) AS rank FROM candidates s),
                page AS (
                    SELECT s.*, NULL::float8 AS distance, (SELECT count(*) FROM matches) AS total,
                           row_number() OVER (ORDER BY rank DESC, s.name_fi) AS position
                    FROM reranked s ORDER BY position LIMIT :limit OFFSET :offset)
                """.formatted(String.join(" UNION ALL ", union)));
        sql.append(RANKED);
        AtomicLong total = new AtomicLong();
        List<ServiceHit> hits = page(jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            total.set(rs.getLong("total"));
            return ranked(rs);
        }).list());
        if (hits.isEmpty()) {
            total.set(jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM " + from + " WHERE " + filters + "s.search_document @@ " + compiled.any()
                    + " LIMIT :poolAndOne) x").params(params).query(Long.class).single());
        }
        // Over the pool the count stops; the total is then "over the pool", whatever the page size.
        return total.get() > counted ? new SearchPage<>(counted, false, hits) : new SearchPage<>(total.get(), true, hits);
    }

    /** The organisation is joined only when its type is asked for. */
    private static String from(ServiceQuery query) {
        return query.providerType() == null ? "service s" : "service s JOIN organisation o ON o.id = s.organisation_id";
    }

    /** What the ranking statements return: the ids of one page in order, with the total. */
    private static final String RANKED = "SELECT id, distance, total FROM page ORDER BY position";

    /** A service of a page, with its distance when the search was nearest first. */
    private record Ranked(UUID id, Double distance) {}

    private static Ranked ranked(ResultSet rs) throws SQLException {
        return new Ranked(rs.getObject("id", UUID.class), (Double) rs.getObject("distance"));
    }

    /**
     * The columns of one page, read by id in a statement of its own: its text never changes, so
     * each connection plans it once (a prepared statement) instead of with every search. The ids
     * come as a row source (unnest), so the plan looks up each service and its organisation by
     * key instead of reading every organisation into a hash table.
     */
    private static final String PAGE = """
            SELECT s.id, s.name_fi, s.name_sv, s.name_en, s.summary_fi, s.summary_sv, s.summary_en,
                   o.name_fi AS org_fi, o.name_sv AS org_sv, o.name_en AS org_en, o.type, s.level,
                   s.free_of_charge, s.last_reviewed,
                   ARRAY(SELECT a.id || '|' || sa.mode || '|' || a.name FROM service_area sa JOIN family_centre_area a ON a.id = sa.family_centre_area_id
                         WHERE sa.service_id = s.id ORDER BY a.name) AS areas,
                   ARRAY(SELECT p.id || '|' || p.latitude || '|' || p.longitude || '|' || p.name_fi
                         FROM service_place sp JOIN place p ON p.id = sp.place_id
                         WHERE sp.service_id = s.id AND p.latitude IS NOT NULL AND p.published) AS points
            FROM unnest(:ids::uuid[]) AS page(id) JOIN service s ON s.id = page.id
            JOIN organisation o ON o.id = s.organisation_id""";

    private List<ServiceHit> page(List<Ranked> ranked) {
        if (ranked.isEmpty()) return List.of();
        Map<UUID, ServiceHit> byId = new HashMap<>();
        Map<UUID, Double> distances = new HashMap<>();
        for (Ranked r : ranked) distances.put(r.id(), r.distance());
        jdbc.sql(PAGE).param("ids", ranked.stream().map(Ranked::id).toArray(UUID[]::new))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    byId.put(id, hit(rs, distances.get(id)));
                });
        // A service deleted between the two statements is left out of the page.
        return ranked.stream().map(r -> byId.get(r.id())).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Every match in order: by name, by name similarity (a query of stop words only), or nearest
     * first. Counted exactly (with a count over all matches), as these lists are bounded by their
     * filters or read in full.
     */
    private SearchPage<ServiceHit> listed(ServiceQuery query, List<String> where, Map<String, Object> params) {
        String rank = query.hasText() ? "word_similarity(:raw, s.search_names)" : "0";
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
        AtomicLong total = new AtomicLong();
        List<ServiceHit> hits = page(jdbc.sql(("""
                WITH listed AS (SELECT s.id, s.name_fi, %s AS rank, %s AS distance FROM %s WHERE %s),
                page AS (
                    SELECT s.*, count(*) OVER () AS total, row_number() OVER (ORDER BY %s) AS position
                    FROM listed s ORDER BY position LIMIT :limit OFFSET :offset)
                """ + RANKED).formatted(rank, distance, from(query), String.join(" AND ", where), order))
                .params(params)
                .query((rs, n) -> {
                    total.set(rs.getLong("total"));
                    return ranked(rs);
                }).list());
        if (hits.isEmpty() && query.offset() > 0) {
            total.set(jdbc.sql("SELECT count(*) FROM " + from(query) + " WHERE " + String.join(" AND ", where))
                    .params(params).query(Long.class).single());
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

    private static ServiceHit hit(ResultSet rs, Double distance) throws SQLException {
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
                rs.getObject("last_reviewed", LocalDate.class), points, distance);
    }
}
