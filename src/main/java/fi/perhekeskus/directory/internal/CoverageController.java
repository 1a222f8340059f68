package fi.perhekeskus.directory.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coverage matrix of the key person network and its continuity warnings. */
@Controller
class CoverageController {

    /** One row of the matrix: an area with its cells in the order of the expertise columns. */
    record Row(UUID areaId, String areaName, List<CoverageQuery.Cell> cells) {}

    private final CoverageQuery coverage;
    private final AreaChoices areas;
    private final Clock clock;
    private final int warningDays;

    CoverageController(CoverageQuery coverage, AreaChoices areas, Clock clock,
            @Value("${perhekeskus.directory.continuity-warning-days:60}") int warningDays) {
        this.coverage = coverage;
        this.areas = areas;
        this.clock = clock;
        this.warningDays = warningDays;
    }

    @GetMapping("/directory/coverage")
    @Authorized(Action.VIEW_KEY_PERSON_COVERAGE)
    String matrix(@RequestParam(required = false) String region, Model model, Locale locale) {
        String lang = Lang.of(locale);
        UUID regionId = FinderController.parse(region);
        LocalDate today = LocalDate.now(clock);
        List<CoverageQuery.Cell> cells = coverage.cells(today, warningDays, regionId, lang);
        // region -> planning area -> rows; the query's order is kept
        Map<String, Map<String, List<Row>>> grouped = new LinkedHashMap<>();
        cells.stream().collect(Collectors.groupingBy(CoverageQuery.Cell::areaId, LinkedHashMap::new, Collectors.toList()))
                .forEach((areaId, areaCells) -> {
                    var first = areaCells.getFirst();
                    grouped.computeIfAbsent(first.region(), r -> new LinkedHashMap<>())
                            .computeIfAbsent(first.planningArea(), p -> new java.util.ArrayList<>())
                            .add(new Row(areaId, first.areaName(), areaCells));
                });
        model.addAttribute("regions", grouped);
        model.addAttribute("regionChoices", areas.regions());
        model.addAttribute("region", regionId);
        model.addAttribute("expertiseAreas", coverage.expertiseAreas(lang));
        model.addAttribute("warnings", coverage.warnings(today, warningDays, regionId, lang));
        model.addAttribute("warningDays", warningDays);
        model.addAttribute("gapCount", cells.stream().filter(c -> c.gap() > 0).count());
        model.addAttribute("comingGapCount", cells.stream().filter(CoverageQuery.Cell::comingGap).count());
        return "directory/coverage";
    }
}
