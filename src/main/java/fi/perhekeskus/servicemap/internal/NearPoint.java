package fi.perhekeskus.servicemap.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * "Near me": the browser's coordinates when given (both or neither), else the centre of the
 * postal code. An unknown postal code is a field error, not an empty result.
 */
@Component
class NearPoint {

    private final PostalCodes postalCodes;

    NearPoint(PostalCodes postalCodes) {
        this.postalCodes = postalCodes;
    }

    Optional<ServiceQuery.Point> resolve(SearchParams params, BindingResult binding) {
        if ((params.lat() == null) != (params.lon() == null)) {
            binding.rejectValue(params.lat() == null ? "lat" : "lon", "servicemap.search.coordinates.bothNeeded");
            return Optional.empty();
        }
        if (binding.hasFieldErrors("lat") || binding.hasFieldErrors("lon") || binding.hasFieldErrors("postalCode")) {
            return Optional.empty();
        }
        if (params.lat() != null) {
            return Optional.of(new ServiceQuery.Point(params.lat(), params.lon()));
        }
        if (params.postalCode() != null && !params.postalCode().isBlank()) {
            Optional<ServiceQuery.Point> centre = postalCodes.centre(params.postalCode());
            if (centre.isEmpty()) binding.rejectValue("postalCode", "servicemap.search.postalCode.unknown");
            return centre;
        }
        return Optional.empty();
    }
}
