package fi.perhekeskus.consultation.internal;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.directory.KeyPersonDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Names for the ids consultations hold: expertise, area, team and people, read through the owning modules. */
@Component
class ConsultationLabels {

    private final KeyPersonDirectory directory;
    private final Areas areas;
    private final UserAccounts accounts;

    ConsultationLabels(KeyPersonDirectory directory, Areas areas, UserAccounts accounts) {
        this.directory = directory;
        this.areas = areas;
        this.accounts = accounts;
    }

    /** Labels for a page or an API answer in one language. */
    public record Names(Map<String, String> expertise, Map<UUID, String> areas, Map<UUID, String> teams, Map<UUID, String> people) {
        public String expertise(String code) {
            return code == null ? null : expertise.getOrDefault(code, code);
        }

        public String area(UUID id) {
            return id == null ? null : areas.getOrDefault(id, "");
        }

        public String team(UUID id) {
            return id == null ? null : teams.getOrDefault(id, "");
        }

        public String person(UUID id) {
            return id == null ? null : people.getOrDefault(id, "");
        }

        /** "Nepsy – Valkeakoski–Akaa–Urjala" or the team's name. */
        public String topic(ConsultationView.Item item) {
            return item.teamId() != null ? team(item.teamId()) : expertise(item.expertiseCode()) + " – " + area(item.areaId());
        }
    }

    Names of(Collection<ConsultationView.Item> items, Collection<UUID> morePeople, Locale locale) {
        Set<UUID> people = Stream.concat(items.stream().flatMap(i -> Stream.of(i.askerId(), i.claimedBy())),
                morePeople.stream()).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> names = accounts.displayNames(people.stream().map(UserId::new).toList()).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
        Map<UUID, String> teams = items.stream().map(ConsultationView.Item::teamId).filter(Objects::nonNull).distinct()
                .collect(Collectors.toMap(Function.identity(), t -> directory.teamName(t).orElse("")));
        return new Names(expertiseNames(locale), areaNames(), teams, names);
    }

    /** Labels for statistics rows: expertise, areas and the teams the rows name. */
    Names forRows(Collection<ConsultationView.Row> rows, Locale locale) {
        Map<UUID, String> teams = rows.stream().map(ConsultationView.Row::teamId).filter(Objects::nonNull).distinct()
                .collect(Collectors.toMap(Function.identity(), t -> directory.teamName(t).orElse("")));
        return new Names(expertiseNames(locale), areaNames(), teams, Map.of());
    }

    Map<String, String> expertiseNames(Locale locale) {
        return directory.expertiseAreas().stream().collect(Collectors.toMap(KeyPersonDirectory.ExpertiseArea::code,
                e -> e.name(locale), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    Map<UUID, String> areaNames() {
        return areas.all().stream().collect(Collectors.toMap(a -> a.id().value(), FamilyCentreArea::name, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    List<FamilyCentreArea> allAreas() {
        return areas.all();
    }
}
