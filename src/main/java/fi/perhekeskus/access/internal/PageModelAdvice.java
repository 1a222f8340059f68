package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.CurrentUser;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is logged in and which actions they may take, to show only those. */
@ControllerAdvice
class PageModelAdvice {

    private final AccessControl access;

    PageModelAdvice(AccessControl access) {
        this.access = access;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return access.currentUser().orElse(null);
    }

    /** Names of the user's roles, for links that follow what a person does rather than one action. */
    @ModelAttribute("myRoles")
    Set<String> myRoles() {
        return access.currentUser().map(u -> u.roles().stream().map(Enum::name).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Names of the actions permitted without a target, e.g. {@code ${can.contains('READ_AUDIT_LOG')}}. */
    @ModelAttribute("can")
    Set<String> can() {
        return access.permittedActions().stream().map(Action::name).collect(Collectors.toSet());
    }
}
