package fi.perhekeskus.access;

import static fi.perhekeskus.access.Rule.anyone;
import static fi.perhekeskus.access.Rule.loggedIn;
import static fi.perhekeskus.access.Rule.professionals;
import static fi.perhekeskus.access.Rule.relatedToTarget;
import static fi.perhekeskus.access.Rule.role;
import static fi.perhekeskus.access.Rule.roleOnTarget;

import java.util.List;

/**
 * The catalogue of everything a user can do, each named once with its rule. Deny by default:
 * an endpoint without {@link Authorized} is refused, and a test fails when one exists.
 */
public enum Action {
    VIEW_PUBLIC_PAGES(anyone()),
    LOG_IN(anyone()),
    VIEW_OWN_ACCOUNT(loggedIn()),

    VIEW_AREAS(anyone()),
    EDIT_AREA(role(Role.ADMIN), roleOnTarget(Role.COORDINATOR, """
            SELECT 1 FROM area_assignment
            WHERE user_id = :userId AND family_centre_area_id = :targetId AND coordinator"""
    )),

    /** The public service map: search, service, place and area pages, their API, feeds and printables. */
    VIEW_SERVICE_MAP(anyone()),
    /** Propose a new service or place for an organisation (target: the organisation). */
    CREATE_SERVICE_MAP_ENTRY(role(Role.ADMIN, Role.COORDINATOR), roleOnTarget(Role.SERVICE_EDITOR, """
            SELECT 1 FROM organisation_editor WHERE user_id = :userId AND organisation_id = :targetId""")),
    /** Draft changes to a service (target: the service); drafts wait for a coordinator. */
    EDIT_SERVICE(role(Role.ADMIN, Role.COORDINATOR), roleOnTarget(Role.SERVICE_EDITOR, """
            SELECT 1 FROM organisation_editor e JOIN service s ON s.organisation_id = e.organisation_id
            WHERE e.user_id = :userId AND s.id = :targetId""")),
    /** Draft changes to a place or add its self-assessment (target: the place). */
    EDIT_PLACE(role(Role.ADMIN, Role.COORDINATOR), roleOnTarget(Role.SERVICE_EDITOR, """
            SELECT 1 FROM organisation_editor e JOIN place p ON p.organisation_id = e.organisation_id
            WHERE e.user_id = :userId AND p.id = :targetId""")),
    /** See the editor's own drafts and the entries of their organisations. */
    VIEW_SERVICE_MAP_MAINTENANCE(role(Role.ADMIN, Role.COORDINATOR, Role.SERVICE_EDITOR)),
    /** Publish or discard drafts, see the entries not reviewed for 12 months. */
    PUBLISH_SERVICE_MAP_ENTRY(role(Role.ADMIN, Role.COORDINATOR)),
    /** Import organisations, services and channels from Suomi.fi PTV. */
    IMPORT_PTV(role(Role.ADMIN, Role.COORDINATOR)),

    /** Ask for help ("Pyydä apua") by the form or the API, and read one's receipt page by its code. */
    ASK_FOR_HELP(anyone()),
    /** A child-protection notification (LSL 25 §): professionals identified, private persons may stay anonymous. */
    NOTIFY_CHILD_PROTECTION(anyone()),
    /** A professional's contact to social services (SHL 35 §) with the person's consent recorded. */
    CONTACT_SOCIAL_SERVICES(role(Role.CLOSE_WORKER, Role.KEY_PERSON, Role.RESPONSIBLE_WORKER,
            Role.CLIENT_GUIDANCE_WORKER, Role.COORDINATOR)),
    /** The on-call queue of client guidance; it lists only the requests of the worker's own areas. */
    VIEW_HELP_QUEUE(role(Role.CLIENT_GUIDANCE_WORKER)),
    /**
     * Read and handle one request (target: the request): client guidance of its area — or of its
     * municipality's areas when no area was chosen — and its assigned or responsible worker.
     */
    HANDLE_HELP_REQUEST(roleOnTarget(Role.CLIENT_GUIDANCE_WORKER, HelpRequestRules.OF_MY_AREAS),
            roleOnTarget(Role.CLIENT_GUIDANCE_WORKER, HelpRequestRules.MINE),
            roleOnTarget(Role.RESPONSIBLE_WORKER, HelpRequestRules.MINE)),
    /** Record a phone call or walk-in visit to client guidance as a request of the worker's area. */
    RECORD_HELP_CONTACT(role(Role.CLIENT_GUIDANCE_WORKER)),
    /** Set the on-call teams of an area's weeks (target: the area). */
    MANAGE_ON_CALL_ROTA(role(Role.ADMIN), roleOnTarget(Role.COORDINATOR, """
            SELECT 1 FROM area_assignment
            WHERE user_id = :userId AND family_centre_area_id = :targetId AND coordinator""")),
    /** Aggregated client-guidance figures per area and month, small counts suppressed. */
    VIEW_HELP_REPORTS(role(Role.ADMIN, Role.COORDINATOR, Role.STEERING_GROUP_MEMBER)),
    /** See the on-call rota: client guidance read-only, coordinators and administrators to plan it. */
    VIEW_ON_CALL_ROTA(role(Role.CLIENT_GUIDANCE_WORKER, Role.COORDINATOR, Role.ADMIN)),

    /** The directory: finder, key persons' networks and contacts, expertise areas (professionals only). */
    VIEW_DIRECTORY(professionals()),
    /** Key person assignments, named workers, teams and the training register. */
    MANAGE_KEY_PERSONS(role(Role.ADMIN, Role.COORDINATOR)),
    /** The coverage matrix and its gap warnings. */
    VIEW_KEY_PERSON_COVERAGE(role(Role.ADMIN, Role.COORDINATOR, Role.STEERING_GROUP_MEMBER)),
    /** Add expertise areas (with their target per 30 000 residents) to the directory. */
    MANAGE_EXPERTISE_AREAS(role(Role.ADMIN)),
    /** Ask an expertise area or a team; see one's own inbox and outbox. */
    ASK_CONSULTATION(professionals()),
    /** Read and take part in one consultation (target): its asker and its recipients only. */
    HANDLE_CONSULTATION(relatedToTarget("""
            SELECT 1 FROM consultation c WHERE c.id = :targetId AND (c.asker_id = :userId
                OR EXISTS (SELECT 1 FROM consultation_recipient r WHERE r.consultation_id = c.id AND r.user_id = :userId))""")),
    /** Publish consultation slots of a team (target: the team): its members with an account, and coordinators. */
    PUBLISH_CONSULTATION_SLOTS(role(Role.ADMIN, Role.COORDINATOR), relatedToTarget("""
            SELECT 1 FROM team_member m JOIN professional p ON p.id = m.professional_id
            WHERE m.team_id = :targetId AND p.user_id = :userId""")),
    BOOK_CONSULTATION_SLOT(professionals()),
    /** Consultations per expertise, area and month; response times. */
    VIEW_CONSULTATION_STATISTICS(role(Role.ADMIN, Role.COORDINATOR, Role.STEERING_GROUP_MEMBER)),
    /** One's own notifications and the email preference. */
    VIEW_OWN_NOTIFICATIONS(loggedIn()),

    /** Open a client case for a family, with a recorded basis. */
    OPEN_CASE(role(Role.RESPONSIBLE_WORKER, Role.CLOSE_WORKER, Role.CLIENT_GUIDANCE_WORKER)),
    /** The caller's own cases: a worker's active memberships with a basis, a guardian's family; filtered in SQL. */
    VIEW_OWN_CASES(loggedIn()),
    /** Read one case (target: the case): a network member with an active role and a valid basis, or a guardian. */
    VIEW_CASE(relatedToTarget(CaseRules.MEMBER_WITH_BASIS), relatedToTarget(CaseRules.GUARDIAN)),
    /** Work on one case as a professional (target): meetings, drafting the joint record, actions, evaluation. */
    WORK_ON_CASE(relatedToTarget(CaseRules.MEMBER_WITH_BASIS)),
    /**
     * Coordinate the network (target): add and end members, record the family's consents, confirm the
     * joint record, close the case. The responsible worker, or the supporting close worker in family mode.
     */
    COORDINATE_CASE(relatedToTarget(CaseRules.COORDINATOR_OF_NETWORK)),
    /** The family's own view (target): the plan, its own view before a meeting, consents to give or withdraw. */
    ACT_AS_FAMILY(relatedToTarget(CaseRules.GUARDIAN)),
    /** Who has read the case's data and what was disclosed to whom (target): the family and the responsible worker. */
    VIEW_CASE_ACCESS_LOG(relatedToTarget(CaseRules.GUARDIAN), relatedToTarget(CaseRules.RESPONSIBLE_WORKER)),

    READ_AUDIT_LOG(role(Role.ADMIN)),
    VERIFY_AUDIT_LOG(role(Role.ADMIN)),

    /** Test data for browser tests; the endpoint exists only with perhekeskus.dev-fixtures=true. */
    USE_DEV_FIXTURES(anyone());

    private final List<Rule> rules;

    Action(Rule... rules) {
        this.rules = List.of(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * Whether a refusal answers 404 rather than 403, so that someone outside a family's network cannot
     * even learn that the case exists.
     */
    public boolean concealsTarget() {
        return switch (this) {
            case VIEW_CASE, WORK_ON_CASE, COORDINATE_CASE, ACT_AS_FAMILY, VIEW_CASE_ACCESS_LOG -> true;
            default -> false;
        };
    }

    /** Whether some rule needs a target (a row) to decide. */
    public boolean targeted() {
        return rules.stream().anyMatch(r -> r instanceof Rule.HasRoleOnTarget || r instanceof Rule.RelatedToTarget);
    }
}
