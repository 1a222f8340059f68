package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.help.ClientCaseRequested;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Client guidance decided that the family needs a client case: open it with the request's responsible
 * worker. The event is kept in the event publication registry until this listener succeeds (ADR 0014),
 * and a case per help request at most (client_case.help_request_id is unique), so a redelivered event
 * opens nothing twice.
 */
@Component
class ClientCaseListener {

    static final String TASK = "Palvelutarpeen arviointi ja verkoston kokoaminen";
    private static final Logger log = LoggerFactory.getLogger(ClientCaseListener.class);
    private static final DateTimeFormatter FINNISH = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final CaseOpening opening;
    private final Areas areas;
    private final JdbcClient jdbc;
    private final Clock clock;

    ClientCaseListener(CaseOpening opening, Areas areas, JdbcClient jdbc, Clock clock) {
        this.opening = opening;
        this.areas = areas;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ClientCaseRequested event) {
        var existing = jdbc.sql("SELECT id FROM client_case WHERE help_request_id = :h")
                .param("h", event.request().value()).query(java.util.UUID.class).optional();
        if (existing.isPresent()) return;
        UserId worker = event.responsibleWorker();
        // The request may name only a municipality split into several areas: the case goes to the
        // responsible worker's first area; the worker corrects it on the family page if needed.
        Optional<FamilyCentreAreaId> area = Optional.ofNullable(event.area())
                .or(() -> areas.assignedTo(worker).stream().findFirst());
        if (area.isEmpty()) {
            throw new IllegalStateException("No area for the client case of help request " + event.request()
                    + ": the responsible worker has no area assignment");
        }
        LocalDate requested = event.requestedAt().atZone(ZoneId.of("Europe/Helsinki")).toLocalDate();
        String language = List.of("fi", "sv", "en").contains(event.language()) ? event.language()
                : event.language() == null ? "fi" : "other";
        CaseId id = opening.open(new NewCase("Perhe (asiakasohjaus " + FINNISH.format(requested) + ")",
                area.get().value(), language, CaseMode.NETWORK, CaseBasis.CLIENT_GUIDANCE,
                "Asiakasohjauksen pyyntö", children(event, requested), List.of(), TASK, null,
                event.request().value(), null), worker, "help-request");
        log.info("Opened client case {} for help request {}", id, event.request());
    }

    /**
     * Children from the request's ages: "Lapsi 1"… born on 1 July of the year they were born, which is
     * approximate (the page says so until the worker enters the real date); an expecting family gets
     * an expected child with an estimated due date.
     */
    private List<NewCase.Child> children(ClientCaseRequested event, LocalDate requested) {
        List<NewCase.Child> children = new ArrayList<>();
        List<Integer> ages = event.childAges() == null ? List.of() : event.childAges();
        for (Integer age : ages) {
            if (age == null) continue;
            int year = requested.getYear() - age;
            children.add(new NewCase.Child(NewCase.APPROXIMATE_CHILD_NAME + " " + (children.size() + 1),
                    LocalDate.of(year, 7, 1).isAfter(requested) ? LocalDate.of(year - 1, 7, 1) : LocalDate.of(year, 7, 1),
                    null, true));
        }
        if (event.expecting()) {
            // The due date is not asked in client guidance: an estimate the worker corrects.
            children.add(new NewCase.Child("Odotettava lapsi", null, requested.plusMonths(6), true));
        }
        return children;
    }
}
