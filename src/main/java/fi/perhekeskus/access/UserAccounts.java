package fi.perhekeskus.access;

import fi.perhekeskus.access.internal.UserAccountRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

    /** Colleagues with one of the roles working in one of the areas (e.g. whom to assign a request to). */
    public List<Colleague> withRoleInAreas(Collection<Role> roles, Collection<UUID> areas) {
        return repository.withRoleInAreas(roles, areas);
    }

    /** A professional as a colleague sees them. */
    public record Colleague(UserId id, String displayName, String title) {}

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

    /**
     * Enabled professionals (any role but FAMILY_MEMBER) whose name contains the text, by name, at most
     * {@code limit}: colleagues to add to a family's network.
     */
    public List<Colleague> professionalsNamed(String text, int limit) {
        return repository.professionalsNamed(text, limit);
    }

    /** The roles of an account; empty for an unknown one. */
    public java.util.Set<Role> roles(UserId id) {
        return repository.roles(id);
    }

    /**
     * The one enabled account with the role FAMILY_MEMBER whose email is this address (case-insensitive);
     * empty when none or several match, so that a guardian is never linked to someone else's account.
     */
    public Optional<UserId> familyAccountByEmail(String email) {
        return repository.familyAccountByEmail(email);
    }
}
