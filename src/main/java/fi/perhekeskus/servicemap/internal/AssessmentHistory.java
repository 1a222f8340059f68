package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.Criterion;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.Rating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A meeting place's self-assessments, newest first, so that change over time shows. */
@Component
class AssessmentHistory {

    record Item(Rating rating, String note) {}

    public record Assessment(UUID id, LocalDate assessedOn, String assessedBy, Map<Criterion, Item> items) {
        public long count(String rating) {
            return items.values().stream().filter(i -> i.rating().name().equals(rating)).count();
        }
    }

    /** How many assessments a page shows side by side. */
    static final int SHOWN = 3;

    private final JdbcClient jdbc;

    AssessmentHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Assessment> latest(PlaceId place) {
        Map<UUID, Assessment> assessments = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.id, a.assessed_on, a.assessed_by, i.criterion, i.rating, i.note
                FROM (SELECT * FROM place_assessment WHERE place_id = :place
                      ORDER BY assessed_on DESC, created_at DESC LIMIT :shown) a
                LEFT JOIN place_assessment_item i ON i.assessment_id = a.id
                ORDER BY a.assessed_on DESC, a.created_at DESC""")
                .param("place", place.value()).param("shown", SHOWN)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Assessment assessment = assessments.computeIfAbsent(id, k -> {
                        try {
                            return new Assessment(id, rs.getObject("assessed_on", LocalDate.class),
                                    rs.getString("assessed_by"), new EnumMap<>(Criterion.class));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String criterion = rs.getString("criterion");
                    if (criterion != null) {
                        assessment.items().put(Criterion.valueOf(criterion),
                                new Item(Rating.valueOf(rs.getString("rating")), rs.getString("note")));
                    }
                });
        return new ArrayList<>(assessments.values());
    }
}
