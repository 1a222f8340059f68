package fi.perhekeskus.casework.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The family's consents on the case page: for each member and each scope whether a consent is in force
 * (health care and social care in separate columns), the consents themselves, and the withdrawn ones.
 */
@Component
class ConsentSection implements CaseSection {

    private final Consents consents;
    private final CaseReader reader;

    ConsentSection(Consents consents, CaseReader reader) {
        this.consents = consents;
        this.reader = reader;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "casework/sections/consents :: section";
    }

    @Override
    public void addTo(CaseOverview overview, Model model, Locale locale) {
        List<Consent> all = consents.of(overview.id());
        List<NetworkMember> members = reader.members(overview.id()).stream().filter(NetworkMember::active).toList();
        // "memberId:SCOPE" of every scope in force for a member, directly or through its organisation.
        Map<String, Consent> cells = new HashMap<>();
        for (NetworkMember m : members) {
            for (Consent c : all) {
                if (!c.inForce()) continue;
                boolean applies = m.id().equals(c.memberId())
                        || (c.organisation() != null && c.organisation().equals(m.organisation()));
                if (applies) cells.merge(m.id() + ":" + c.scope(), c, (a, b) -> a.validUntil() == null ? a : b);
            }
        }
        Set<String> organisations = members.stream().map(NetworkMember::organisation).filter(o -> o != null && !o.isBlank())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        model.addAttribute("consentMembers", members);
        model.addAttribute("consentCells", cells);
        model.addAttribute("consentScopes", Consents.SCOPES);
        model.addAttribute("consentsInForce", all.stream().filter(Consent::inForce).toList());
        model.addAttribute("consentsEnded", all.stream().filter(c -> !c.inForce()).toList());
        model.addAttribute("consentOrganisations", organisations);
    }
}
