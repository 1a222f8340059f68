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
 * Recent search results. Families ask the same things ("neuvola", "perhekahvila") over and over;
 * a repeated search costs one read of the change counter instead of ranking thousands of rows.
 * Entries are keyed by the counter that every change of the service map moves (V8), so a publish
 * on any node is seen at once everywhere; the time limit bounds what a change committed while a
 * result was being computed could leave behind.
 */
@Component
class SearchCache {

    private final JdbcClient jdbc;
    private final Cache<List<Object>, Object> cache;

    SearchCache(JdbcClient jdbc, @Value("${perhekeskus.servicemap.search-cache.size:2000}") int size,
            @Value("${perhekeskus.servicemap.search-cache.ttl:60s}") Duration ttl) {
        this.jdbc = jdbc;
        this.cache = size <= 0 ? null : Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
    }

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> search) {
        if (cache == null) return search.get();
        long version = jdbc.sql("SELECT last_value FROM servicemap_change_seq").query(Long.class).single();
        return (T) cache.get(List.of(version, key), k -> search.get());
    }
}
