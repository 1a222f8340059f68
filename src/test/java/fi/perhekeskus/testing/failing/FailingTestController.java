package fi.perhekeskus.testing.failing;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints that fail unexpectedly, to see what a user is shown when the platform breaks. */
@RestController
public class FailingTestController {

    public static final String PAGE = "/test-only/failure";
    public static final String API = "/api/test-only/failure";
    public static final String INTERNAL_DETAIL = "connection string postgres://secret";

    @GetMapping({PAGE, API})
    @Authorized(Action.VIEW_PUBLIC_PAGES)
    String fail() {
        throw new IllegalStateException(INTERNAL_DETAIL);
    }
}
