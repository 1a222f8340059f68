package fi.perhekeskus.help.internal;

import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.area.Municipality;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The municipalities a notification may concern, as choices of a select. A city split into several
 * family centre areas (Tampere) is offered once per area and once without one, so the request reaches
 * the right on-call team when the notifier knows the area, and every area's team when not.
 */
@Component
public class MunicipalityChoices {

    private static final String SEPARATOR = "|";

    private final Areas areas;

    MunicipalityChoices(Areas areas) {
        this.areas = areas;
    }

    /** One option of the select; {@code value} is what the form posts back. */
    public record Choice(String value, String label) {}

    /** The municipality the form named, with its area when that is known. */
    record Chosen(String name, String code, FamilyCentreAreaId area) {}

    List<Choice> choices() {
        Map<String, List<Municipality>> byName = byName();
        Map<FamilyCentreAreaId, String> areaNames = areas.all().stream()
                .collect(Collectors.toMap(FamilyCentreArea::id, FamilyCentreArea::name));
        List<Choice> choices = new ArrayList<>();
        byName.forEach((name, rows) -> {
            if (rows.size() == 1) {
                choices.add(new Choice(name, name));
                return;
            }
            choices.add(new Choice(name, name));
            rows.forEach(row -> choices.add(new Choice(name + SEPARATOR + row.area().value(),
                    name + " – " + areaNames.getOrDefault(row.area(), "?"))));
        });
        return choices;
    }

    Optional<Chosen> resolve(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        int split = value.indexOf(SEPARATOR);
        String name = split < 0 ? value : value.substring(0, split);
        List<Municipality> rows = byName().getOrDefault(name, List.of());
        if (rows.isEmpty()) return Optional.empty();
        if (split < 0) {
            return Optional.of(new Chosen(name, rows.getFirst().code(), rows.size() == 1 ? rows.getFirst().area() : null));
        }
        String area = value.substring(split + 1);
        return rows.stream().filter(row -> row.area().value().toString().equals(area)).findFirst()
                .map(row -> new Chosen(name, row.code(), row.area()));
    }

    private Map<String, List<Municipality>> byName() {
        return areas.municipalities().stream().collect(Collectors.groupingBy(Municipality::name,
                java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
