package fi.perhekeskus.directory.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory for professionals' own tools: expertise areas, key persons of an expertise in an
 * area, and the coverage of the network. Field names are those of issue 5 and must not change.
 */
@RestController
@Tag(name = "Key persons", description = "Avainhenkilöt: expertise areas, key persons and network coverage")
class DirectoryApiController {

    record Items<T>(List<T> items) {}

    record ExpertiseItem(String code, String name) {}

    record AreaRef(String id, String name) {}

    record Contact(String phone, String email, String other) {}

    record KeyPersonItem(String id, String name, String organisation, String expertise, List<AreaRef> areas,
            Contact contact) {}

    record CoverageItem(String expertise, AreaRef area, int active, int target, int gap) {}

    private final CoverageQuery coverage;
    private final FinderQuery finder;
    private final AreaChoices areas;
    private final MessageSource messages;
    private final Clock clock;
    private final int warningDays;

    DirectoryApiController(CoverageQuery coverage, FinderQuery finder, AreaChoices areas, MessageSource messages,
            Clock clock, @Value("${perhekeskus.directory.continuity-warning-days:60}") int warningDays) {
        this.coverage = coverage;
        this.finder = finder;
        this.areas = areas;
        this.messages = messages;
        this.clock = clock;
        this.warningDays = warningDays;
    }

    @GetMapping("/api/v1/expertise-areas")
    @Authorized(Action.VIEW_DIRECTORY)
    @Operation(summary = "Expertise areas in use, named in the caller's language")
    Items<ExpertiseItem> expertiseAreas(Locale locale) {
        return new Items<>(coverage.expertiseAreas(Lang.of(locale)).stream()
                .map(e -> new ExpertiseItem(e.code(), e.name())).toList());
    }

    @GetMapping("/api/v1/key-persons")
    @Authorized(Action.VIEW_DIRECTORY)
    @Operation(summary = "Key persons whose active assignment serves the area, for the expertise")
    ResponseEntity<?> keyPersons(
            @Parameter(description = "expertise area code, e.g. nepsy") @RequestParam(required = false) String expertise,
            @Parameter(description = "family centre area id") @RequestParam(required = false) String area,
            Locale locale) {
        List<Map<String, String>> fields = new ArrayList<>();
        boolean known = expertise != null && coverage.expertiseAreas("fi").stream().anyMatch(e -> e.code().equals(expertise));
        if (expertise == null || expertise.isBlank()) {
            fields.add(field("expertise", "directory.api.expertise.required", locale));
        } else if (!known) {
            fields.add(field("expertise", "directory.api.expertise.unknown", locale));
        }
        UUID areaId = FinderController.parse(area);
        if (area == null || area.isBlank()) {
            fields.add(field("area", "directory.api.area.required", locale));
        } else if (areaId == null) {
            fields.add(field("area", "directory.api.area.malformed", locale));
        } else if (!areas.areaExists(areaId)) {
            fields.add(field("area", "directory.api.area.unknown", locale));
        }
        if (!fields.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 400);
            body.put("error", "Bad Request");
            body.put("reason", "invalid-parameters");
            body.put("fields", fields);
            return ResponseEntity.badRequest().body(body);
        }
        return ResponseEntity.ok(new Items<>(finder.keyPersons(expertise, areaId, LocalDate.now(clock)).stream()
                .map(DirectoryApiController::item).toList()));
    }

    @GetMapping("/api/v1/key-persons/coverage")
    @Authorized(Action.VIEW_KEY_PERSON_COVERAGE)
    @Operation(summary = "Active key persons against the target, per expertise and family centre area",
            description = "target = ceil(target_per_30k × population / 30 000); gap = max(target − active, 0)")
    Items<CoverageItem> coverage() {
        return new Items<>(coverage.cells(LocalDate.now(clock), warningDays, null, "fi").stream()
                .map(c -> new CoverageItem(c.expertiseCode(), new AreaRef(c.areaId().toString(), c.areaName()),
                        c.active(), c.target(), c.gap()))
                .toList());
    }

    private static KeyPersonItem item(FinderQuery.KeyPersonRow row) {
        String[] ids = row.areaIds() == null ? new String[0] : row.areaIds().split("\u001f");
        String[] names = row.areaNames() == null ? new String[0] : row.areaNames().split("\u001f");
        List<AreaRef> refs = new ArrayList<>();
        for (int i = 0; i < ids.length && i < names.length; i++) {
            refs.add(new AreaRef(ids[i], names[i]));
        }
        return new KeyPersonItem(row.id().toString(), row.name(), row.organisation(), row.expertise(), refs,
                new Contact(row.phone(), row.email(), row.otherContact()));
    }

    private Map<String, String> field(String name, String key, Locale locale) {
        return Map.of("field", name, "message", messages.getMessage(key, null, key, locale));
    }
}
