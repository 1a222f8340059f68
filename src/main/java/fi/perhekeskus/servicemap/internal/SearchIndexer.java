package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the search document of a service or place. Names and keywords weigh most (A), then
 * summaries, the organisation, the areas and the names of the service's places (B), then
 * descriptions (C). Each language is
 * stemmed with its own PostgreSQL configuration; the vocabulary's compound parts and synonym
 * tokens go in with the weight of the text they came from. The words also feed the lexicon
 * that typo correction looks in.
 */
@Component
class SearchIndexer {

    private static final String DOCUMENT = """
            setweight(to_tsvector('finnish', coalesce(:aFi, '')), 'A')
            || setweight(to_tsvector('swedish', coalesce(:aSv, '')), 'A')
            || setweight(to_tsvector('english', coalesce(:aEn, '')), 'A')
            || setweight(to_tsvector('simple', coalesce(:aExtra, '')), 'A')
            || setweight(to_tsvector('finnish', coalesce(:bFi, '')), 'B')
            || setweight(to_tsvector('swedish', coalesce(:bSv, '')), 'B')
            || setweight(to_tsvector('english', coalesce(:bEn, '')), 'B')
            || setweight(to_tsvector('simple', coalesce(:bExtra, '')), 'B')
            || setweight(to_tsvector('finnish', coalesce(:cFi, '')), 'C')
            || setweight(to_tsvector('swedish', coalesce(:cSv, '')), 'C')
            || setweight(to_tsvector('english', coalesce(:cEn, '')), 'C')
            """;

    private final JdbcClient jdbc;
    private final Vocabulary vocabulary;

    SearchIndexer(JdbcClient jdbc, Vocabulary vocabulary) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
    }

    /** The texts of one entry, by weight and language. */
    record Texts3(String aFi, String aSv, String aEn, String bFi, String bSv, String bEn, String cFi, String cSv,
            String cEn, String names) {}

    void indexService(ServiceId id) {
        Texts3 texts = jdbc.sql("""
                SELECT s.name_fi || ' ' || array_to_string(s.keywords, ' ') AS a_fi, s.name_sv AS a_sv, s.name_en AS a_en,
                       concat_ws(' ', s.summary_fi, o.name_fi,
                           (SELECT string_agg(a.name || ' ' || coalesce((SELECT string_agg(m.name, ' ') FROM municipality m
                                   WHERE m.family_centre_area_id = a.id), ''), ' ')
                            FROM service_area sa JOIN family_centre_area a ON a.id = sa.family_centre_area_id
                            WHERE sa.service_id = s.id),
                           (SELECT string_agg(p.name_fi, ' ') FROM service_place sp JOIN place p ON p.id = sp.place_id
                            WHERE sp.service_id = s.id)) AS b_fi,
                       concat_ws(' ', s.summary_sv, o.name_sv,
                           (SELECT string_agg(p.name_sv, ' ') FROM service_place sp JOIN place p ON p.id = sp.place_id
                            WHERE sp.service_id = s.id)) AS b_sv,
                       concat_ws(' ', s.summary_en, o.name_en,
                           (SELECT string_agg(p.name_en, ' ') FROM service_place sp JOIN place p ON p.id = sp.place_id
                            WHERE sp.service_id = s.id)) AS b_en,
                       concat_ws(' ', s.description_fi, s.eligibility_fi) AS c_fi,
                       concat_ws(' ', s.description_sv, s.eligibility_sv) AS c_sv,
                       concat_ws(' ', s.description_en, s.eligibility_en) AS c_en,
                       concat_ws(' ', s.name_fi, s.name_sv, s.name_en, o.name_fi) AS names
                FROM service s JOIN organisation o ON o.id = s.organisation_id WHERE s.id = :id""")
                .param("id", id.value()).query(SearchIndexer::texts).single();
        update("service", id.value(), texts);
    }

    void indexPlace(PlaceId id) {
        Texts3 texts = jdbc.sql("""
                SELECT p.name_fi AS a_fi, p.name_sv AS a_sv, p.name_en AS a_en,
                       concat_ws(' ', p.street_address, p.post_office, o.name_fi, a.name,
                           CASE WHEN p.kind = 'MEETING_PLACE' THEN 'kohtaamispaikka' END) AS b_fi,
                       o.name_sv AS b_sv, o.name_en AS b_en,
                       concat_ws(' ', p.description_fi,
                           (SELECT string_agg(value ->> 'fi', ' ') FROM jsonb_each(p.profile))) AS c_fi,
                       p.description_sv AS c_sv, p.description_en AS c_en,
                       concat_ws(' ', p.name_fi, p.name_sv, p.name_en, p.post_office) AS names
                FROM place p JOIN organisation o ON o.id = p.organisation_id
                LEFT JOIN family_centre_area a ON a.id = p.family_centre_area_id
                WHERE p.id = :id""")
                .param("id", id.value()).query(SearchIndexer::texts).single();
        update("place", id.value(), texts);
    }

    private static Texts3 texts(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Texts3(rs.getString("a_fi"), rs.getString("a_sv"), rs.getString("a_en"), rs.getString("b_fi"),
                rs.getString("b_sv"), rs.getString("b_en"), rs.getString("c_fi"), rs.getString("c_sv"),
                rs.getString("c_en"), rs.getString("names"));
    }

    private void update(String table, java.util.UUID id, Texts3 t) {
        String aAll = String.join(" ", nonNull(t.aFi(), t.aSv(), t.aEn()));
        String bAll = String.join(" ", nonNull(t.bFi(), t.bSv(), t.bEn()));
        jdbc.sql("UPDATE " + table + " SET search_document = " + DOCUMENT + ", search_names = lower(:names) WHERE id = :id")
                .param("id", id)
                .param("aFi", t.aFi()).param("aSv", t.aSv()).param("aEn", t.aEn())
                .param("aExtra", String.join(" ", vocabulary.expand(aAll)) + " " + aAll)
                .param("bFi", t.bFi()).param("bSv", t.bSv()).param("bEn", t.bEn())
                .param("bExtra", String.join(" ", vocabulary.expand(bAll)))
                .param("cFi", t.cFi()).param("cSv", t.cSv()).param("cEn", t.cEn())
                .param("names", t.names() == null ? "" : t.names())
                .update();
        Set<String> words = new LinkedHashSet<>();
        for (String word : Vocabulary.words(aAll + " " + bAll)) {
            if (word.length() >= 4 && word.length() <= 40 && !word.chars().allMatch(Character::isDigit)) words.add(word);
        }
        if (!words.isEmpty()) {
            jdbc.sql("INSERT INTO search_lexicon (word) SELECT unnest(:words::text[]) ON CONFLICT DO NOTHING")
                    .param("words", words.toArray(String[]::new)).update();
        }
    }

    private static List<String> nonNull(String... texts) {
        List<String> list = new ArrayList<>();
        for (String text : texts) if (text != null && !text.isBlank()) list.add(text);
        return list;
    }
}
