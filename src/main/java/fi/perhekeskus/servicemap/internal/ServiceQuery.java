package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import java.util.UUID;

/**
 * A search of the service map: free text plus filters, all optional.
 *
 * @param serviceLanguage the language the service is given in (ISO 639-1), not the language of the page
 * @param near a point to sort by distance (from a postal code or the browser's location)
 */
record ServiceQuery(String text, UUID area, String municipality, Integer age, TargetGroup targetGroup,
        OrganisationType providerType, ServiceLevel level, Boolean freeOfCharge, String serviceLanguage,
        boolean openNow, ServiceMode mode, Point near, int limit, int offset) {

    static final int MAX_LIMIT = 100;

    record Point(double latitude, double longitude) {}

    static ServiceQuery text(String text) {
        return new ServiceQuery(text, null, null, null, null, null, null, null, null, false, null, null, 10, 0);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
