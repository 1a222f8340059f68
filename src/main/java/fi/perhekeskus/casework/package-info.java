/**
 * The family's client case and its network (seed 004 "Yksi lapsi – yhteinen tilannekuva", "Verkostossa ei
 * ole vapaamatkustajia"): children and guardians, roles, consents, network meetings, the joint record,
 * the joint plan, follow-up and evaluation, and the family's own view. Access is decided by
 * {@link fi.perhekeskus.access.CaseRules}; every read and write of case data is audited with the case
 * id as the target, which makes the family's access log.
 */
package fi.perhekeskus.casework;
