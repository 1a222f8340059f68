package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.access.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists of the maintenance pages, filtered in the database by the same relation the action
 * catalogue checks: a service editor sees the entries of their organisations, coordinators and
 * administrators all.
 */
@Component
class MaintenanceQueries {

    /** A service or place in a maintenance list. */
    record Entry(ContentRevisions.Kind kind, UUID id, UUID organisationId, String organisation, String name,
            boolean published, LocalDate lastReviewed, boolean hasDraft, boolean returned) {
        public String path() {
            return (kind == ContentRevisions.Kind.SERVICE ? "/maintenance/services/" : "/maintenance/places/") + id;
        }
        public String publicPath() {
            return (kind == ContentRevisions.Kind.SERVICE ? "/services/" : "/places/") + id;
        }
    }

    record OrganisationRef(UUID id, String name) {}

    private final JdbcClient jdbc;

    MaintenanceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static boolean seesAll(CurrentUser user) {
        return user.has(Role.ADMIN) || user.has(Role.COORDINATOR);
    }

    /** The organisations whose entries the user maintains. */
    List<OrganisationRef> organisations(CurrentUser user) {
        return jdbc.sql("""
                SELECT o.id, o.name_fi FROM organisation o
                WHERE :all OR EXISTS (SELECT 1 FROM organisation_editor e WHERE e.organisation_id = o.id AND e.user_id = :user)
                ORDER BY o.name_fi""")
                .param("all", seesAll(user)).param("user", user.id().value())
                .query((rs, n) -> new OrganisationRef(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** The services and places of the user's organisations, by organisation and name. */
    List<Entry> entries(CurrentUser user, UUID organisation) {
        return jdbc.sql(ENTRIES + """
                 WHERE (:all OR EXISTS (SELECT 1 FROM organisation_editor e
                                        WHERE e.organisation_id = x.organisation_id AND e.user_id = :user))
                   AND (CAST(:org AS uuid) IS NULL OR x.organisation_id = :org)
                 ORDER BY o.name_fi, x.kind DESC, x.name_fi""")
                .param("all", seesAll(user)).param("user", user.id().value()).param("org", organisation)
                .query(this::entry).list();
    }

    /** Published entries whose data nobody has checked for 12 months (or ever). */
    List<Entry> notReviewed(CurrentUser user, LocalDate today) {
        return jdbc.sql(ENTRIES + """
                 WHERE x.published AND (x.last_reviewed IS NULL OR x.last_reviewed <= :limit)
                   AND (:all OR EXISTS (SELECT 1 FROM organisation_editor e
                                        WHERE e.organisation_id = x.organisation_id AND e.user_id = :user))
                 ORDER BY x.last_reviewed NULLS FIRST, o.name_fi, x.name_fi""")
                .param("all", seesAll(user)).param("user", user.id().value()).param("limit", today.minusMonths(12))
                .query(this::entry).list();
    }

    boolean markReviewed(ContentRevisions.Kind kind, UUID id, LocalDate today) {
        String table = kind == ContentRevisions.Kind.SERVICE ? "service" : "place";
        return jdbc.sql("UPDATE " + table + " SET last_reviewed = :today, updated_at = now() WHERE id = :id AND published")
                .param("today", today).param("id", id).update() == 1;
    }

    boolean areaExists(UUID area) {
        return jdbc.sql("SELECT 1 FROM family_centre_area WHERE id = :id").param("id", area).query().singleColumn()
                .stream().findAny().isPresent();
    }

    boolean placeExists(UUID place) {
        return jdbc.sql("SELECT 1 FROM place WHERE id = :id").param("id", place).query().singleColumn()
                .stream().findAny().isPresent();
    }

    /** Places an outreach schedule can point to: published places, and the organisation's own. */
    List<OrganisationRef> placeChoices(UUID organisation) {
        return jdbc.sql("""
                SELECT id, name_fi || coalesce(' (' || post_office || ')', '') FROM place
                WHERE published OR organisation_id = :org ORDER BY name_fi""")
                .param("org", organisation)
                .query((rs, n) -> new OrganisationRef(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** The organisation's own places (to link a service to its service locations). */
    List<OrganisationRef> ownPlaces(UUID organisation) {
        return jdbc.sql("SELECT id, name_fi FROM place WHERE organisation_id = :org ORDER BY name_fi")
                .param("org", organisation)
                .query((rs, n) -> new OrganisationRef(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    private static final String ENTRIES = """
            SELECT x.*, o.name_fi AS org_name,
                r.id IS NOT NULL AS has_draft, r.returned_at IS NOT NULL AS returned
            FROM (SELECT 'SERVICE' AS kind, id, organisation_id, name_fi, published, last_reviewed FROM service
                  UNION ALL
                  SELECT 'PLACE', id, organisation_id, name_fi, published, last_reviewed FROM place) x
            JOIN organisation o ON o.id = x.organisation_id
            LEFT JOIN content_revision r ON r.entity_kind = x.kind AND r.entity_id = x.id AND r.state = 'DRAFT'""";

    private Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(ContentRevisions.Kind.valueOf(rs.getString("kind")), rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("org_name"), rs.getString("name_fi"),
                rs.getBoolean("published"), rs.getObject("last_reviewed", LocalDate.class),
                rs.getBoolean("has_draft"), rs.getBoolean("returned"));
    }
}
