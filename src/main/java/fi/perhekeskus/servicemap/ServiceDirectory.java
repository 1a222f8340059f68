package fi.perhekeskus.servicemap;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What other modules may ask of the service map: find published services to point a family to. */
public interface ServiceDirectory {

    /** Published services matching the text (Finnish-aware search), best first; {@code area} may be null. */
    List<ServiceSummary> search(String text, UUID area, Locale locale, int limit);

    /** Published services by id, in the order given; ids not (or no longer) published are left out. */
    List<ServiceSummary> find(Collection<ServiceId> ids, Locale locale);

    /** A service's name and provider in the reader's language, and its public page. */
    record ServiceSummary(ServiceId id, String name, String organisation) {
        public String path() {
            return "/services/" + id.value();
        }
    }
}
