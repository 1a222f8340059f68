package fi.perhekeskus.access;

import fi.perhekeskus.access.internal.UserAccountRepository;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other modules may ask about user accounts. */
@Service
public class UserAccounts {

    private final UserAccountRepository repository;

    UserAccounts(UserAccountRepository repository) {
        this.repository = repository;
    }

    public Optional<UserId> findIdByUsername(String username) {
        return repository.findByUsername(username).map(account -> account.id());
    }

    /** Display names by id, for showing who is who (e.g. an area's coordinators). */
    public Map<UserId, String> displayNames(Collection<UserId> ids) {
        return repository.displayNames(ids);
    }

    /** Who the account's owner is at work, e.g. to identify a professional who makes a notification. */
    public Optional<WorkProfile> workProfile(UserId id) {
        return repository.workProfile(id);
    }

    /** Name, job title, employer and email of an account; title, organisation and email may be null. */
    public record WorkProfile(String displayName, String title, String organisation, String email) {}
}
