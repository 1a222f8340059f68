package fi.perhekeskus.help.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.area.Municipality;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The municipalities a family can pick, from the area structure. A city divided into several
 * family centre areas (Tampere) is offered once without an area ("I don't know") and once per
 * area, so the family may say "Tampere – Hervanta–Vuores" when it knows.
 */
@Component
public class MunicipalityChoices {

    /** Separates the municipality from the area id in a select option's value. */
    static final String AREA_SEPARATOR = "|";

    /** A municipality as stored with the request; {@code area} null when the city has several and none was chosen. */
    public record Place(String municipality, String code, FamilyCentreAreaId area) {}

    /** One option of the select; {@code areaName} null for the municipality as a whole. */
    public record Option(String value, String municipality, String areaName, boolean split) {}

    /** The area structure as of a moment ago: every submission checks its municipality against it. */
    private record Structure(List<Municipality> municipalities, Map<FamilyCentreAreaId, String> areaNames) {}

    private final Areas areas;
    // The structure changes a few times a year; re-reading it for every submission would cost two
    // queries each. A change shows within STRUCTURE_TTL.
    private static final Duration STRUCTURE_TTL = Duration.ofSeconds(30);
    private final LoadingCache<Boolean, Structure> structure;

    MunicipalityChoices(Areas areas) {
        this.areas = areas;
        this.structure = Caffeine.newBuilder().expireAfterWrite(STRUCTURE_TTL).build(any -> load());
    }

    private Structure load() {
        return new Structure(List.copyOf(areas.municipalities()), areas.all().stream()
                .collect(Collectors.toUnmodifiableMap(FamilyCentreArea::id, FamilyCentreArea::name)));
    }

    private List<Municipality> municipalities() {
        return current().municipalities();
    }

    private Map<FamilyCentreAreaId, String> areaNames() {
        return current().areaNames();
    }

    /** An empty structure (read before the area data was loaded) is not kept. */
    private Structure current() {
        Structure now = structure.get(true);
        if (now.municipalities().isEmpty()) {
            structure.invalidateAll();
            now = structure.get(true);
        }
        return now;
    }

    public List<Option> options() {
        Map<FamilyCentreAreaId, String> areaNames = areaNames();
        List<Option> options = new ArrayList<>();
        byName().forEach((name, rows) -> {
            if (rows.size() == 1) {
                options.add(new Option(name, name, null, false));
                return;
            }
            options.add(new Option(name, name, null, true));
            rows.stream()
                    .map(m -> new Option(name + AREA_SEPARATOR + m.area().value(), name, areaNames.get(m.area()), true))
                    .sorted((a, b) -> String.valueOf(a.areaName()).compareTo(String.valueOf(b.areaName())))
                    .forEach(options::add);
        });
        return options;
    }

    /**
     * The municipality by its name (any case) or official code, and the area when the municipality
     * lies in one area only or {@code area} (an id or a name) names one of its areas. Empty when the
     * municipality is unknown or the area is not one of its areas.
     */
    public Optional<Place> resolve(String municipality, String area) {
        if (municipality == null || municipality.isBlank()) return Optional.empty();
        String wanted = municipality.strip();
        List<Municipality> rows = municipalities().stream()
                .filter(m -> m.name().equalsIgnoreCase(wanted) || wanted.equals(m.code()))
                .toList();
        if (rows.isEmpty()) return Optional.empty();
        Municipality first = rows.getFirst();
        if (area == null || area.isBlank()) {
            return Optional.of(new Place(first.name(), first.code(), rows.size() == 1 ? first.area() : null));
        }
        return areaOf(rows, area.strip()).map(id -> new Place(first.name(), first.code(), id));
    }

    private Optional<FamilyCentreAreaId> areaOf(List<Municipality> rows, String area) {
        Map<FamilyCentreAreaId, Municipality> byArea = rows.stream()
                .collect(Collectors.toMap(Municipality::area, Function.identity(), (a, b) -> a));
        try {
            var id = new FamilyCentreAreaId(UUID.fromString(area));
            if (byArea.containsKey(id)) return Optional.of(id);
        } catch (IllegalArgumentException notAnId) {
            // a name, then
        }
        return areaNames().entrySet().stream()
                .filter(a -> byArea.containsKey(a.getKey()) && a.getValue().equalsIgnoreCase(area))
                .map(Map.Entry::getKey).findFirst();
    }

    /** One option of a select as label and value (the professionals' forms). */
    public record Choice(String value, String label) {}

    public List<Choice> choices() {
        return options().stream().map(o -> new Choice(o.value(),
                o.areaName() == null ? o.municipality() : o.municipality() + " – " + o.areaName())).toList();
    }

    /** A select option's value ("Tampere|<area id>" or "Nokia") as a place. */
    public Optional<Place> resolve(String optionValue) {
        String[] parts = split(optionValue);
        return resolve(parts[0], parts[1]);
    }

    /** The form's option value split into municipality and area. */
    public static String[] split(String optionValue) {
        if (optionValue == null) return new String[] {null, null};
        int at = optionValue.indexOf(AREA_SEPARATOR);
        return at < 0 ? new String[] {optionValue, null}
                : new String[] {optionValue.substring(0, at), optionValue.substring(at + 1)};
    }

    private Map<String, List<Municipality>> byName() {
        return municipalities().stream().collect(Collectors.groupingBy(
                m -> m.name(), LinkedHashMap::new, Collectors.toList()));
    }
}
