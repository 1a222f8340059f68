package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.ServiceLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An area's services grouped by the family centre model's levels, in level order. */
final class AreaServices {

    private AreaServices() {}

    static Map<ServiceLevel, List<ServiceHit>> byLevel(List<ServiceHit> services) {
        Map<ServiceLevel, List<ServiceHit>> byLevel = new EnumMap<>(ServiceLevel.class);
        for (ServiceHit service : services) {
            byLevel.computeIfAbsent(service.level(), level -> new ArrayList<>()).add(service);
        }
        return byLevel;
    }
}
