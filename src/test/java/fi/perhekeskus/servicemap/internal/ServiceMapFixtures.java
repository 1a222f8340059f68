package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.AccessMethod;
import fi.perhekeskus.servicemap.MeetingPlaceQuestion;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import fi.perhekeskus.servicemap.Texts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Test entries of the service map with unique names, written through the same repositories
 * the app uses, so each test owns its rows in the shared database.
 */
@Component
class ServiceMapFixtures {

    private final OrganisationRepository organisations;
    private final ServiceRepository services;
    private final PlaceRepository places;

    ServiceMapFixtures(OrganisationRepository organisations, ServiceRepository services, PlaceRepository places) {
        this.organisations = organisations;
        this.services = services;
        this.places = places;
    }

    /**
     * A made-up word that starts with random syllables, so no two fixtures share a prefix and the
     * prefix matching of the search cannot mix them up.
     */
    static String unique(String stem) {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.append("bdfghjklmnprstv".charAt(random.nextInt(15))).append("aeiouy".charAt(random.nextInt(6)));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + stem.toLowerCase();
    }

    OrganisationId organisation(String name, OrganisationType type) {
        OrganisationId id = new OrganisationId(UUID.randomUUID());
        organisations.save(new Organisation(id, Texts.fi(name), type, null, "03 123 4567", null, null, null));
        return id;
    }

    PlaceId place(OrganisationId organisation, String name, PlaceKind kind, UUID area, boolean published) {
        PlaceId id = new PlaceId(UUID.randomUUID());
        places.save(id, new PlaceContent(organisation, kind, new Texts(name, name + " sv", null),
                Texts.fi("Tervetuloa " + name), "Testikatu 1", "37600", "Valkeakoski", 61.27, 24.03, area,
                "03 555 0000", null, "https://example.fi", null, Texts.fi("Esteetön sisäänkäynti"),
                kind == PlaceKind.MEETING_PLACE
                        ? Map.of(MeetingPlaceQuestion.FOR_WHOM, Texts.fi("Kaikille lapsiperheille"))
                        : Map.of(),
                List.of(new PlaceContent.Hours(1, LocalTime.of(9, 0), LocalTime.of(15, 0)),
                        new PlaceContent.Hours(3, LocalTime.of(12, 0), LocalTime.of(18, 0))),
                List.of(new PlaceContent.HoursException(LocalDate.of(2026, 12, 24), true, null, null,
                        Texts.fi("Jouluaatto"))),
                LocalDate.of(2026, 9, 1), null), published);
        return id;
    }

    ServiceId service(OrganisationId organisation, String name, String summary, UUID area, List<PlaceId> at,
            boolean published) {
        ServiceId id = new ServiceId(UUID.randomUUID());
        services.save(id, service(organisation, name, summary, area, at), published);
        return id;
    }

    /** A published service whose description (the weakest evidence for a search) is the given text. */
    ServiceId serviceDescribedAs(OrganisationId organisation, String name, String description, UUID area) {
        ServiceId id = new ServiceId(UUID.randomUUID());
        services.save(id, service(organisation, name, "Tukea perheille", description, area, List.of()), true);
        return id;
    }

    static ServiceContent service(OrganisationId organisation, String name, String summary, UUID area, List<PlaceId> at) {
        return service(organisation, name, summary, "Kuvaus: " + summary, area, at);
    }

    static ServiceContent service(OrganisationId organisation, String name, String summary, String description, UUID area,
            List<PlaceId> at) {
        return new ServiceContent(organisation, new Texts(name, name + " på svenska", name + " in English"),
                Texts.fi(summary), Texts.fi(description), null,
                Set.of(TargetGroup.FAMILIES), 0, 17, ServiceLevel.FAMILY_CENTRE, true, List.of("fi", "sv"),
                Set.of(AccessMethod.SELF_REFERRAL), List.of("testi"),
                area == null ? Map.of() : Map.of(area, ServiceMode.FIXED), at,
                List.of(new ServiceContent.Channel(fi.perhekeskus.servicemap.ChannelKind.PHONE, "03 565 0000",
                        Texts.fi("arkisin 9–12"))),
                List.of(), "Testi Ylläpitäjä", "yllapito@example.fi", LocalDate.of(2026, 10, 1), null);
    }
}
