package fi.perhekeskus.area;

import fi.perhekeskus.access.UserId;
import java.util.List;

/**
 * A family centre area (perhekeskusalue): 30 000-50 000 residents whose services work as one
 * network. {@code version} guards against overwriting someone else's edit.
 */
public record FamilyCentreArea(FamilyCentreAreaId id, String name, String planningArea, String region,
        Integer population, Integer children, String description, List<String> municipalities,
        List<UserId> coordinators, long version) {}
