package fi.perhekeskus.area;

import fi.perhekeskus.access.UserId;
import java.util.List;
import java.util.Optional;

/** The area structure, for other modules (the service map filters and groups by it). */
public interface Areas {

    /** Every family centre area, ordered by region, planning area and name. */
    List<FamilyCentreArea> all();

    Optional<FamilyCentreArea> find(FamilyCentreAreaId id);

    /** Every municipality row, ordered by name; a city split into several areas appears once per area. */
    List<Municipality> municipalities();

    /** The areas a professional works in (their area assignments). */
    List<FamilyCentreAreaId> assignedTo(UserId user);
}
