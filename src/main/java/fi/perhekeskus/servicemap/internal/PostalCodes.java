package fi.perhekeskus.servicemap.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Postal code centroids, for "near me" without the browser's location. */
@Component
class PostalCodes {

    private final JdbcClient jdbc;

    PostalCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ServiceQuery.Point> centre(String code) {
        return jdbc.sql("SELECT latitude, longitude FROM postal_code WHERE code = :code").param("code", code)
                .query((rs, n) -> new ServiceQuery.Point(rs.getDouble(1), rs.getDouble(2))).optional();
    }
}
