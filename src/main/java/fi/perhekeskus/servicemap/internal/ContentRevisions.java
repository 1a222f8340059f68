package fi.perhekeskus.servicemap.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Versions of services and places in content_revision: at most one open draft per entry (the
 * database guarantees it), and every published version kept as history.
 */
@Repository
class ContentRevisions {

    enum Kind { SERVICE, PLACE }

    enum State { DRAFT, PUBLISHED, DISCARDED }

    /** One version; {@code content} is the JSON of a ServiceContent or PlaceContent. */
    record Revision(UUID id, Kind kind, UUID entityId, int revision, State state, String content,
            String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
            String publishedBy, OffsetDateTime publishedAt, String returnComment, String returnedBy,
            OffsetDateTime returnedAt) {
        public boolean returned() {
            return returnedAt != null;
        }

        /** What the coordinator saw, so publishing refuses a draft changed since. */
        public long seenVersion() {
            return updatedAt.toInstant().toEpochMilli();
        }
    }

    /** A draft waiting in the coordinators' queue, with the names the list shows. */
    record QueuedDraft(Revision revision, String name, String organisation, boolean isNew) {}

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ContentRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String json(Object content) {
        return JSON.writeValueAsString(content);
    }

    static ServiceContent service(Revision r) {
        return JSON.readValue(r.content(), ServiceContent.class);
    }

    static PlaceContent place(Revision r) {
        return JSON.readValue(r.content(), PlaceContent.class);
    }

    /**
     * Stores the entry's open draft: creates it, or replaces its content (clearing a return
     * comment so it is back in the queue). Saving the same content twice changes nothing more.
     */
    UUID saveDraft(Kind kind, UUID entityId, Object content, UUID userId) {
        // one writer per entry at a time, so two first drafts cannot take the same revision number
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", kind.name() + ":" + entityId)
                .query().singleColumn();
        return jdbc.sql("""
                INSERT INTO content_revision (id, entity_kind, entity_id, revision, state, content, created_by,
                    updated_by)
                VALUES (:id, :kind, :entity,
                    (SELECT coalesce(max(revision), 0) + 1 FROM content_revision
                     WHERE entity_kind = :kind AND entity_id = :entity),
                    'DRAFT', CAST(:content AS jsonb), :user, :user)
                ON CONFLICT (entity_kind, entity_id) WHERE state = 'DRAFT' DO UPDATE
                SET content = excluded.content, updated_by = excluded.updated_by, updated_at = now(),
                    return_comment = NULL, returned_by = NULL, returned_at = NULL
                RETURNING id""")
                .param("id", UUID.randomUUID()).param("kind", kind.name()).param("entity", entityId)
                .param("content", json(content)).param("user", userId)
                .query(UUID.class).single();
    }

    Optional<Revision> openDraft(Kind kind, UUID entityId) {
        return select("r.entity_kind = :kind AND r.entity_id = :entity AND r.state = 'DRAFT'")
                .param("kind", kind.name()).param("entity", entityId).query(this::map).optional();
    }

    Optional<Revision> find(UUID revisionId) {
        return select("r.id = :id").param("id", revisionId).query(this::map).optional();
    }

    List<Revision> history(Kind kind, UUID entityId) {
        return jdbc.sql(SELECT + " WHERE r.entity_kind = :kind AND r.entity_id = :entity ORDER BY r.revision DESC")
                .param("kind", kind.name()).param("entity", entityId).query(this::map).list();
    }

    /** Drafts waiting for a coordinator (not returned to their editor), oldest first. */
    List<QueuedDraft> queue() {
        return jdbc.sql(SELECT_QUEUE + " WHERE r.state = 'DRAFT' AND r.returned_at IS NULL ORDER BY r.updated_at")
                .query((rs, n) -> new QueuedDraft(map(rs, n), rs.getString("entry_name"), rs.getString("org_name"),
                        !rs.getBoolean("entry_published")))
                .list();
    }

    /** Open drafts (waiting or returned) of entries of the given organisations, newest first. */
    List<QueuedDraft> draftsOf(List<UUID> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_QUEUE + """
                 WHERE r.state = 'DRAFT' AND coalesce(s.organisation_id, p.organisation_id) IN (:orgs)
                 ORDER BY r.updated_at DESC""")
                .param("orgs", organisations)
                .query((rs, n) -> new QueuedDraft(map(rs, n), rs.getString("entry_name"), rs.getString("org_name"),
                        !rs.getBoolean("entry_published")))
                .list();
    }

    /** Marks the draft published; false when it was not an open draft (e.g. a second click). */
    boolean markPublished(UUID revisionId, UUID userId, Long seenVersion) {
        return jdbc.sql("""
                UPDATE content_revision SET state = 'PUBLISHED', published_by = :user, published_at = now(),
                    return_comment = NULL, returned_by = NULL, returned_at = NULL
                WHERE id = :id AND state = 'DRAFT'
                  AND (CAST(:seen AS bigint) IS NULL OR floor(extract(epoch FROM updated_at) * 1000) = :seen)""")
                .param("id", revisionId).param("user", userId).param("seen", seenVersion).update() == 1;
    }

    /** Returns the draft to its editor with a comment; false when it was not an open draft. */
    boolean markReturned(UUID revisionId, String comment, UUID userId) {
        return jdbc.sql("""
                UPDATE content_revision SET return_comment = :comment, returned_by = :user, returned_at = now()
                WHERE id = :id AND state = 'DRAFT'""")
                .param("id", revisionId).param("comment", comment).param("user", userId).update() == 1;
    }

    private static final String SELECT = """
            SELECT r.*, cu.display_name AS created_name, uu.display_name AS updated_name,
                pu.display_name AS published_name, ru.display_name AS returned_name
            FROM content_revision r
            LEFT JOIN app_user cu ON cu.id = r.created_by
            LEFT JOIN app_user uu ON uu.id = r.updated_by
            LEFT JOIN app_user pu ON pu.id = r.published_by
            LEFT JOIN app_user ru ON ru.id = r.returned_by""";

    private static final String SELECT_QUEUE = """
            SELECT r.*, cu.display_name AS created_name, uu.display_name AS updated_name,
                pu.display_name AS published_name, ru.display_name AS returned_name,
                r.content -> 'name' ->> 'fi' AS entry_name, o.name_fi AS org_name,
                coalesce(s.published, p.published, false) AS entry_published
            FROM content_revision r
            LEFT JOIN app_user cu ON cu.id = r.created_by
            LEFT JOIN app_user uu ON uu.id = r.updated_by
            LEFT JOIN app_user pu ON pu.id = r.published_by
            LEFT JOIN app_user ru ON ru.id = r.returned_by
            LEFT JOIN service s ON r.entity_kind = 'SERVICE' AND s.id = r.entity_id
            LEFT JOIN place p ON r.entity_kind = 'PLACE' AND p.id = r.entity_id
            LEFT JOIN organisation o ON o.id = coalesce(s.organisation_id, p.organisation_id)""";

    private JdbcClient.StatementSpec select(String condition) {
        return jdbc.sql(SELECT + " WHERE " + condition);
    }

    private Revision map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Revision(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("entity_kind")),
                rs.getObject("entity_id", UUID.class), rs.getInt("revision"), State.valueOf(rs.getString("state")),
                rs.getString("content"), rs.getString("created_name"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_name"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("published_name"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("return_comment"),
                rs.getString("returned_name"), rs.getObject("returned_at", OffsetDateTime.class));
    }
}
