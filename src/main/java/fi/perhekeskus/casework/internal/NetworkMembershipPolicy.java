package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * "Verkostossa ei ole vapaamatkustajia" (seed 004): nobody joins a family's network without a stated
 * role and a concrete task in this family's matter. Also: a person is in the network once, there is
 * one responsible worker (none when the family coordinates itself), and the coordinating close worker
 * is a close worker. Rejections are data: the field, a message key, and whether it is a conflict (409)
 * with the network as it is rather than bad input (422).
 */
final class NetworkMembershipPolicy {

    private NetworkMembershipPolicy() {}

    /** Who is being added. {@code userRoles} are the account's roles (empty without an account). */
    record Candidate(MemberRole role, boolean coordinating, UUID userId, UUID professionalId, String name, String task,
            boolean ownCircle, Set<Role> userRoles) {}

    record Rejection(String field, String messageKey, boolean conflict) {}

    static Optional<Rejection> check(Candidate c, CaseMode mode, List<NetworkMember> network) {
        if (c.role() == null) return invalid("role", "casework.network.error.role");
        if (c.task() == null || c.task().isBlank()) return invalid("task", "casework.network.error.task");
        if (c.task().strip().length() > 2000) return invalid("task", "casework.network.error.tooLong");
        if (c.name() == null || c.name().isBlank()) return invalid("name", "casework.network.error.name");
        if (c.ownCircle() != (c.role() == MemberRole.OWN_CIRCLE)) {
            return invalid("role", c.ownCircle() ? "casework.network.error.circleRole" : "casework.network.error.circleOnlyFamily");
        }
        if (c.coordinating() && c.role() != MemberRole.CLOSE_WORKER) {
            return invalid("coordinating", "casework.network.error.coordinatingCloseWorker");
        }
        if (c.role() == MemberRole.RESPONSIBLE_WORKER) {
            if (mode == CaseMode.FAMILY_COORDINATED) return invalid("role", "casework.network.error.noResponsibleInFamilyMode");
            if (c.userId() == null || !(c.userRoles().contains(Role.RESPONSIBLE_WORKER)
                    || c.userRoles().contains(Role.CLIENT_GUIDANCE_WORKER))) {
                return invalid("role", "casework.network.error.responsibleNeedsRole");
            }
        }
        List<NetworkMember> active = network.stream().filter(NetworkMember::active).toList();
        boolean twice = active.stream().anyMatch(m -> (c.userId() != null && c.userId().equals(m.userId()))
                || (c.professionalId() != null && c.professionalId().equals(m.professionalId())));
        if (twice) return conflict("who", "casework.network.error.alreadyMember");
        if (c.role() == MemberRole.RESPONSIBLE_WORKER && active.stream().anyMatch(m -> m.role() == MemberRole.RESPONSIBLE_WORKER)) {
            return conflict("role", "casework.network.error.oneResponsible");
        }
        if (c.coordinating() && active.stream().anyMatch(NetworkMember::coordinating)) {
            return conflict("coordinating", "casework.network.error.oneCoordinating");
        }
        return Optional.empty();
    }

    /** Setting the coordinating close worker: an active close worker of this case. */
    static Optional<Rejection> checkCoordinating(NetworkMember member) {
        if (member == null || !member.active() || member.role() != MemberRole.CLOSE_WORKER) {
            return invalid("member", "casework.network.error.coordinatingCloseWorker");
        }
        return Optional.empty();
    }

    /** Handing the responsible worker's role over: to an active member with an account that may hold it. */
    static Optional<Rejection> checkHandOver(NetworkMember to, Set<Role> roles, CaseMode mode) {
        if (mode == CaseMode.FAMILY_COORDINATED) return invalid("member", "casework.network.error.noResponsibleInFamilyMode");
        if (to == null || !to.active() || to.userId() == null) return invalid("member", "casework.network.error.handOverTarget");
        if (to.role() == MemberRole.RESPONSIBLE_WORKER) return conflict("member", "casework.network.error.alreadyResponsible");
        if (!(roles.contains(Role.RESPONSIBLE_WORKER) || roles.contains(Role.CLIENT_GUIDANCE_WORKER))) {
            return invalid("member", "casework.network.error.responsibleNeedsRole");
        }
        return Optional.empty();
    }

    /** Ending a membership: the responsible worker and the coordinating close worker hand over first. */
    static Optional<Rejection> checkEnd(NetworkMember member, String reason) {
        if (member == null || !member.active()) return conflict("member", "casework.network.error.alreadyEnded");
        if (reason == null || reason.isBlank()) return invalid("reason", "casework.network.error.reason");
        if (reason.strip().length() > 2000) return invalid("reason", "casework.network.error.tooLong");
        if (member.role() == MemberRole.RESPONSIBLE_WORKER || member.coordinating()) {
            return conflict("member", "casework.network.error.handOverFirst");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> invalid(String field, String key) {
        return Optional.of(new Rejection(field, key, false));
    }

    private static Optional<Rejection> conflict(String field, String key) {
        return Optional.of(new Rejection(field, key, true));
    }
}
