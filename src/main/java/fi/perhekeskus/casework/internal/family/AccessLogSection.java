package fi.perhekeskus.casework.internal.family;

import fi.perhekeskus.casework.internal.CaseOverview;
import fi.perhekeskus.casework.internal.CaseSection;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A link from the professional's case page to the access log, for those who may read it. */
@Component
class AccessLogSection implements CaseSection {

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String fragment() {
        // The whole template is the fragment: this works both with the case page's ~{${...}} (which takes the
        // string as a template name) and with a selector-aware rendering.
        return "casework/sections/access-log";
    }

    @Override
    public void addTo(CaseOverview overview, Model model, Locale locale) {
        // The fragment needs only the overview and caseCan, which the case page sets.
    }
}
