package fi.perhekeskus.help;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.FamilyCentreAreaId;
import java.time.Instant;
import java.util.List;

/**
 * Client guidance decided that the family needs a client case: the {@code casework} module opens
 * it with the responsible worker from here. Published in the transaction that recorded the outcome.
 *
 * @param area null when the request named only a municipality split into several areas
 */
public record ClientCaseRequested(HelpRequestId request, FamilyCentreAreaId area, UserId responsibleWorker,
        String language, List<Integer> childAges, boolean expecting, Instant requestedAt) {}
