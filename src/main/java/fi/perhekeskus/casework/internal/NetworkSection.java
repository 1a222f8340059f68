package fi.perhekeskus.casework.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The family's network on the case page: members by role with task, contacts and basis. */
@Component
class NetworkSection implements CaseSection {

    private final CaseReader reader;

    NetworkSection(CaseReader reader) {
        this.reader = reader;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "casework/sections/network :: section";
    }

    @Override
    public void addTo(CaseOverview overview, Model model, Locale locale) {
        List<NetworkMember> members = reader.members(overview.id());
        Map<MemberRole, List<NetworkMember>> byRole = new EnumMap<>(MemberRole.class);
        for (MemberRole role : MemberRole.values()) {
            List<NetworkMember> of = members.stream().filter(m -> m.active() && m.role() == role).toList();
            if (!of.isEmpty()) byRole.put(role, of);
        }
        model.addAttribute("networkByRole", byRole);
        model.addAttribute("networkEnded", members.stream().filter(m -> !m.active()).toList());
        model.addAttribute("networkActive", members.stream().filter(NetworkMember::active).toList());
    }
}
