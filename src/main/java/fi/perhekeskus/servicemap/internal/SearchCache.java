package fi.perhekeskus.servicemap.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recent search results and the text queries they were made of. Families ask the same things
 * ("neuvola", "perhekahvila") over and over; a repeated search costs one read of the change
 * counter instead of ranking thousands of rows. The same words with another filter (an area, an
 * age: a family narrowing its search) need not be parsed again: their compiled text query is kept
 * apart from the results, and costs nothing but the counter read.
 *
 * <p>Entries are keyed by the counter that every change of the service map moves (V8), so a
 * publish on any node is seen at once everywhere (a compiled query depends on the words the index
 * knows, so it moves with the services); the time limit bounds what a change committed while a
 * result was being computed could leave behind.
 */
@Component
class SearchCache {

    private final JdbcClient jdbc;
    private final Cache<List<Object>, Object> results;
    private final Cache<List<Object>, TextQuery.Compiled> queries;

    SearchCache(JdbcClient jdbc, @Value("${perhekeskus.servicemap.search-cache.size:2000}") int size,
            @Value("${perhekeskus.servicemap.search-cache.query-size:10000}") int querySize,
            @Value("${perhekeskus.servicemap.search-cache.ttl:60s}") Duration ttl) {
        this.jdbc = jdbc;
        this.results = size <= 0 ? null : Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
        this.queries = querySize <= 0 ? null : Caffeine.newBuilder().maximumSize(querySize).expireAfterWrite(ttl).build();
    }

    /** A page of results, computed by {@code search} unless the same search was made since the last change. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> search) {
        if (results == null) return search.get();
        return (T) results.get(List.of(version(), key), k -> search.get());
    }

    /** The compiled query of a text, compiled by {@code compile} unless the same text was searched since the last change. */
    TextQuery.Compiled compiled(String text, Supplier<TextQuery.Compiled> compile) {
        if (queries == null) return compile.get();
        return queries.get(List.of(version(), text), k -> compile.get());
    }

    private long version() {
        return jdbc.sql("SELECT last_value FROM servicemap_change_seq").query(Long.class).single();
    }
}
