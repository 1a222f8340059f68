package fi.perhekeskus.casework.internal;

import fi.perhekeskus.casework.CaseId;
import java.util.Locale;
import org.springframework.ui.Model;

/**
 * One section of the professional's case page (network, meetings and records, plan, follow-up). Each is
 * a bean with its own Thymeleaf fragment, so that parts of the case page can grow independently. The
 * case page has already checked {@code WORK_ON_CASE} and audited the read.
 */
public interface CaseSection {

    /** Lower comes first on the page. */
    int order();

    /** The fragment to render, e.g. {@code casework/sections/network :: section}. */
    String fragment();

    /** Adds what the fragment needs to the model, under names prefixed by the section's own name. */
    void addTo(CaseOverview overview, Model model, Locale locale);

    /** The section's id for in-page links. */
    default String anchor() {
        return getClass().getSimpleName();
    }

    /** Convenience for sections that need only the id. */
    default CaseId id(CaseOverview overview) {
        return overview.id();
    }
}
