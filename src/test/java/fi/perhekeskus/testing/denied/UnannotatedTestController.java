package fi.perhekeskus.testing.denied;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint that forgot its {@code @Authorized}: proves the platform refuses such a
 * handler instead of serving it. The action catalogue ratchet skips exactly this class.
 */
@RestController
public class UnannotatedTestController {

    public static final String PATH = "/test-only/unannotated";
    public static final String SECRET = "served-without-an-action";

    @GetMapping(PATH)
    String unannotated() {
        return SECRET;
    }
}
