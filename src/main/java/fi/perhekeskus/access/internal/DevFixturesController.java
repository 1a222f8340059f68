package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test data for browser tests (evaka's Dev* fixtures). Exists only with
 * {@code perhekeskus.dev-fixtures=true}, which nothing but the test configuration sets.
 */
@RestController
@ConditionalOnBooleanProperty("perhekeskus.dev-fixtures")
class DevFixturesController {

    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;

    DevFixturesController(UserAccountRepository accounts, LoginThrottle throttle, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.encoder = encoder;
    }

    @PostMapping("/dev-api/users")
    @Authorized(Action.USE_DEV_FIXTURES)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createUser(@Valid @RequestBody DevUser user) {
        boolean created = accounts.createIfAbsent(new UserAccountRepository.NewAccount(user.username(),
                user.displayName() == null ? user.username() : user.displayName(), null, null, null,
                encoder.encode(user.password()), user.roles()));
        throttle.recordSuccess(user.username());
        return Map.of("username", user.username(), "created", created);
    }

    record DevUser(@NotBlank String username, @NotBlank String password, String displayName,
            @NotEmpty Set<Role> roles) {}
}
