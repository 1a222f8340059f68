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
}
