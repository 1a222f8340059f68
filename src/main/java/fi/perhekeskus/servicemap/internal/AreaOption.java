package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.area.FamilyCentreArea;
import java.util.List;
import java.util.UUID;

/**
 * One family centre area in the search form's area list, labelled and marked selected here: a
 * national service map lists a hundred areas or more, and letting the template bind each option
 * to the form field made the list the costliest part of the search page.
 */
record AreaOption(String value, String label, boolean selected) {

    static List<AreaOption> of(List<FamilyCentreArea> areas, UUID selected) {
        return areas.stream()
                .map(a -> new AreaOption(a.id().value().toString(), a.name() + " (" + a.region() + ")",
                        a.id().value().equals(selected)))
                .toList();
    }
}
