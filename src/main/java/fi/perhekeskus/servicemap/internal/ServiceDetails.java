package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A published service or place with what its public page and API show: the provider, the
 * areas by name, and the places with their hours. Unpublished entries do not exist here.
 */
@Component
class ServiceDetails {

    record AreaServed(FamilyCentreArea area, ServiceMode mode) {}

    record ServiceView(ServiceId id, ServiceContent content, Organisation organisation, List<AreaServed> areas,
            List<PlaceRepository.StoredPlace> places) {}

    record PlaceView(PlaceId id, PlaceContent content, Organisation organisation, FamilyCentreArea area,
            List<ServiceLink> services) {}

    /** A published service offered at a place. */
    record ServiceLink(ServiceId id, fi.perhekeskus.servicemap.Texts name, fi.perhekeskus.servicemap.Texts summary) {}

    private final ServiceRepository services;
    private final PlaceRepository places;
    private final OrganisationRepository organisations;
    private final Areas areas;
    private final JdbcClient jdbc;

    ServiceDetails(ServiceRepository services, PlaceRepository places, OrganisationRepository organisations,
            Areas areas, JdbcClient jdbc) {
        this.services = services;
        this.places = places;
        this.organisations = organisations;
        this.areas = areas;
        this.jdbc = jdbc;
    }

    Optional<ServiceView> service(ServiceId id) {
        return services.find(id).filter(ServiceRepository.StoredService::published).map(stored -> {
            ServiceContent c = stored.content();
            List<AreaServed> served = new ArrayList<>();
            for (Map.Entry<UUID, ServiceMode> entry : c.areas().entrySet()) {
                areas.find(new FamilyCentreAreaId(entry.getKey()))
                        .ifPresent(area -> served.add(new AreaServed(area, entry.getValue())));
            }
            served.sort((a, b) -> a.area().name().compareTo(b.area().name()));
            List<PlaceRepository.StoredPlace> at = c.places().stream().map(places::find).flatMap(Optional::stream)
                    .filter(PlaceRepository.StoredPlace::published).toList();
            return new ServiceView(id, c, organisations.find(c.organisation()).orElseThrow(), served, at);
        });
    }

    Optional<PlaceView> place(PlaceId id) {
        return places.find(id).filter(PlaceRepository.StoredPlace::published).map(stored -> {
            PlaceContent c = stored.content();
            FamilyCentreArea area = c.area() == null ? null : areas.find(new FamilyCentreAreaId(c.area())).orElse(null);
            List<ServiceLink> offered = jdbc.sql("""
                    SELECT s.id, s.name_fi, s.name_sv, s.name_en, s.summary_fi, s.summary_sv, s.summary_en
                    FROM service_place sp JOIN service s ON s.id = sp.service_id
                    WHERE sp.place_id = :id AND s.published ORDER BY s.name_fi""")
                    .param("id", id.value())
                    .query((rs, n) -> new ServiceLink(new ServiceId(rs.getObject("id", UUID.class)),
                            Columns.texts(rs, "name"), Columns.texts(rs, "summary"))).list();
            return new PlaceView(id, c, organisations.find(c.organisation()).orElseThrow(), area, offered);
        });
    }
}
