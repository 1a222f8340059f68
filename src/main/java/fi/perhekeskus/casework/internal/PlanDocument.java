package fi.perhekeskus.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The joint plan as given to a reader in writing (page and PDF): one plan version with its goals, actions
 * and follow-up. {@code versionNo} 0 means there is no plan the reader may see yet.
 */
public record PlanDocument(int versionNo, Instant madeAt, LocalDate followUpOn, List<String> goals, List<Item> actions) {

    public record Item(String text, String owner, String ownerRoleKey, LocalDate dueOn, boolean done) {}

    public boolean exists() {
        return versionNo > 0;
    }
}
