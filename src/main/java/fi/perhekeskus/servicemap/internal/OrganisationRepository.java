package fi.perhekeskus.servicemap.internal;

import static fi.perhekeskus.servicemap.internal.Columns.blankToNull;
import static fi.perhekeskus.servicemap.internal.Columns.texts;

import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Organisation o) {
        var statement = jdbc.sql("""
                INSERT INTO organisation (id, name_fi, name_sv, name_en, type, business_id, phone, email, web_page, ptv_id)
                VALUES (:id, :name_fi, :name_sv, :name_en, :type, :businessId, :phone, :email, :webPage, :ptvId)
                ON CONFLICT (id) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv,
                    name_en = excluded.name_en, type = excluded.type, business_id = excluded.business_id,
                    phone = excluded.phone, email = excluded.email, web_page = excluded.web_page,
                    ptv_id = excluded.ptv_id, updated_at = now()""")
                .param("id", o.id().value()).param("type", o.type().name())
                .param("businessId", blankToNull(o.businessId())).param("phone", blankToNull(o.phone()))
                .param("email", blankToNull(o.email())).param("webPage", blankToNull(o.webPage()))
                .param("ptvId", o.ptvId());
        texts(statement, "name", o.name()).update();
    }

    Optional<Organisation> find(OrganisationId id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = :id").param("id", id.value())
                .query(OrganisationRepository::map).optional();
    }

    Optional<Organisation> findByPtvId(UUID ptvId) {
        return jdbc.sql("SELECT * FROM organisation WHERE ptv_id = :p").param("p", ptvId)
                .query(OrganisationRepository::map).optional();
    }

    List<Organisation> all() {
        return jdbc.sql("SELECT * FROM organisation ORDER BY name_fi").query(OrganisationRepository::map).list();
    }

    private static Organisation map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), texts(rs, "name"),
                OrganisationType.valueOf(rs.getString("type")), rs.getString("business_id"), rs.getString("phone"),
                rs.getString("email"), rs.getString("web_page"), rs.getObject("ptv_id", UUID.class));
    }
}
