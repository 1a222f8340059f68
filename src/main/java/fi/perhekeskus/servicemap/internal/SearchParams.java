package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The search form and the query string of the search API, validated: a too long text, an
 * unknown filter value or coordinates off the globe are refused with a field message, not
 * silently dropped.
 */
public record SearchParams(
        @Size(max = 200, message = "{servicemap.search.q.tooLong}") String q,
        UUID area,
        @Size(max = 80, message = "{servicemap.search.municipality.tooLong}") String municipality,
        @Min(value = 0, message = "{servicemap.search.age.range}") @Max(value = 29, message = "{servicemap.search.age.range}") Integer age,
        TargetGroup targetGroup,
        OrganisationType providerType,
        ServiceLevel level,
        Boolean free,
        @Pattern(regexp = "[a-z]{2}", message = "{servicemap.search.serviceLanguage.invalid}") String serviceLanguage,
        Boolean openNow,
        ServiceMode mode,
        PlaceKind kind,
        @Pattern(regexp = "[0-9]{5}", message = "{servicemap.search.postalCode.invalid}") String postalCode,
        @DecimalMin(value = "-90", message = "{servicemap.search.coordinates.invalid}") @DecimalMax(value = "90", message = "{servicemap.search.coordinates.invalid}") Double lat,
        @DecimalMin(value = "-180", message = "{servicemap.search.coordinates.invalid}") @DecimalMax(value = "180", message = "{servicemap.search.coordinates.invalid}") Double lon,
        @Min(value = 1, message = "{servicemap.search.limit.range}") @Max(value = 100, message = "{servicemap.search.limit.range}") Integer limit,
        @Min(value = 0, message = "{servicemap.search.offset.range}") @Max(value = 10000, message = "{servicemap.search.offset.range}") Integer offset) {

    static final int DEFAULT_LIMIT = 20;

    public boolean hasFilters() {
        return area != null || (municipality != null && !municipality.isBlank()) || age != null || targetGroup != null
                || providerType != null || level != null || Boolean.TRUE.equals(free)
                || (serviceLanguage != null && !serviceLanguage.isBlank()) || Boolean.TRUE.equals(openNow)
                || mode != null || kind != null || postalCode != null || lat != null;
    }

    int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    int offsetOrZero() {
        return offset == null ? 0 : offset;
    }

    ServiceQuery toServiceQuery(ServiceQuery.Point near) {
        return new ServiceQuery(q, area, municipality, age, targetGroup, providerType, level, free,
                serviceLanguage, Boolean.TRUE.equals(openNow), mode, near, limitOrDefault(), offsetOrZero());
    }

    PlaceQuery toPlaceQuery(ServiceQuery.Point near) {
        return new PlaceQuery(q, area, municipality, kind, Boolean.TRUE.equals(openNow), near, limitOrDefault(),
                offsetOrZero());
    }
}
