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
        if ((params.getLat() == null) != (params.getLon() == null)) {
            binding.rejectValue(params.getLat() == null ? "lat" : "lon", "servicemap.search.coordinates.bothNeeded");
            return Optional.empty();
        }
        if (binding.hasFieldErrors("lat") || binding.hasFieldErrors("lon") || binding.hasFieldErrors("postalCode")) {
            return Optional.empty();
        }
        if (params.getLat() != null) {
            return Optional.of(new ServiceQuery.Point(params.getLat(), params.getLon()));
        }
        if (params.getPostalCode() != null && !params.getPostalCode().isBlank()) {
            Optional<ServiceQuery.Point> centre = postalCodes.centre(params.getPostalCode());
            if (centre.isEmpty()) binding.rejectValue("postalCode", "servicemap.search.postalCode.unknown");
            return centre;
        }
        return Optional.empty();
    }
}
