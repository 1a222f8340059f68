package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.ServiceDirectory;
import fi.perhekeskus.servicemap.ServiceId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The service map as other modules see it: the public search, and names of published services. */
@Component
class ServiceDirectoryAdapter implements ServiceDirectory {

    private final ServiceSearch search;
    private final JdbcClient jdbc;

    ServiceDirectoryAdapter(ServiceSearch search, JdbcClient jdbc) {
        this.search = search;
        this.jdbc = jdbc;
    }

    @Override
    public List<ServiceSummary> search(String text, UUID area, Locale locale, int limit) {
        if (text == null || text.isBlank()) return List.of();
        var query = new ServiceQuery(text.strip(), area, null, null, null, null, null, null, null, false, null, null,
                Math.min(Math.max(limit, 1), ServiceQuery.MAX_LIMIT), 0);
        return search.search(query).items().stream()
                .map(hit -> new ServiceSummary(hit.id(), hit.name().in(locale), hit.organisation().in(locale)))
                .toList();
    }

    @Override
    public List<ServiceSummary> find(Collection<ServiceId> ids, Locale locale) {
        if (ids.isEmpty()) return List.of();
        String lang = switch (locale.getLanguage()) {
            case "sv", "en" -> locale.getLanguage();
            default -> "fi";
        };
        List<UUID> order = ids.stream().map(ServiceId::value).toList();
        // lang is one of three fixed column suffixes, never user text
        return jdbc.sql("""
                SELECT s.id, coalesce(s.name_%1$s, s.name_fi) AS name, coalesce(o.name_%1$s, o.name_fi) AS organisation
                FROM service s JOIN organisation o ON o.id = s.organisation_id
                WHERE s.id IN (:ids) AND s.published""".formatted(lang))
                .param("ids", order)
                .query((rs, n) -> new ServiceSummary(new ServiceId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getString("organisation")))
                .list().stream()
                .sorted(Comparator.comparingInt(s -> order.indexOf(s.id().value())))
                .toList();
    }
}
