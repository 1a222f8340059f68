package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> oidcClients;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.oidcClients = oidcClients;
    }

    @GetMapping("/login")
    @Authorized(Action.LOG_IN)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String expired,
            Model model) {
        model.addAttribute("error", error == null ? null : "locked".equals(error) ? "login.error.locked" : "login.error.bad");
        model.addAttribute("expired", expired != null);
        model.addAttribute("oidcProviders", oidcProviders());
        return "access/login";
    }

    private Iterable<ClientRegistration> oidcProviders() {
        return oidcClients.getIfAvailable() instanceof InMemoryClientRegistrationRepository repository
                ? repository : List.of();
    }
}
