package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Role;
import fi.perhekeskus.platform.PerhekeskusProperties;
import fi.perhekeskus.platform.StartupTask;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Without any administrator nobody could manage the platform, so one named {@code admin} is
 * created at start: with PERHEKESKUS_ADMIN_PASSWORD, or in demo mode with the demo password.
 * A production start with neither is refused rather than left with a guessable account.
 */
@Component
@Order(10)
class FirstAdministrator implements StartupTask {

    static final String USERNAME = "admin";
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final String configuredPassword;

    FirstAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, AuditLog audit,
            PerhekeskusProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.configuredPassword = properties.adminPassword();
    }

    @Override
    @Transactional
    public void run(boolean demoEnabled) {
        if (accounts.anyWithRole(Role.ADMIN)) return;
        String password = StringUtils.hasText(configuredPassword) ? configuredPassword
                : demoEnabled ? DemoAccounts.PASSWORD : null;
        if (password == null) {
            throw new IllegalStateException("No administrator exists and PERHEKESKUS_ADMIN_PASSWORD is not set. "
                    + "Set it to create the first administrator account 'admin', then start again.");
        }
        boolean created = accounts.createIfAbsent(new UserAccountRepository.NewAccount(USERNAME, "Pääkäyttäjä",
                null, null, null, encoder.encode(password), Set.of(Role.ADMIN)));
        if (created) {
            audit.recordAs("system", null, AuditEventType.ADMIN_CREATED, USERNAME, AuditOutcome.SUCCESS, Map.of());
        }
    }
}
