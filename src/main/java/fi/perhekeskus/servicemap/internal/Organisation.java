package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.Texts;
import java.util.UUID;

/** A provider: a municipality, the wellbeing services county, an NGO, a parish, a state agency or a company. */
record Organisation(OrganisationId id, Texts name, OrganisationType type, String businessId, String phone,
        String email, String webPage, UUID ptvId) {}
