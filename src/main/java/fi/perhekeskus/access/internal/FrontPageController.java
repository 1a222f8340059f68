package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what the platform offers and, once logged in, who you are here. */
@Controller
class FrontPageController {

    @GetMapping("/")
    @Authorized(Action.VIEW_PUBLIC_PAGES)
    String front() {
        return "front";
    }
}
