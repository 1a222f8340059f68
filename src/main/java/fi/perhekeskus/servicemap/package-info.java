/**
 * The service map (palvelukartta): every service and meeting place of a family centre area,
 * municipal, wellbeing-county, NGO and parish alike, with Finnish-aware search, outreach
 * schedules, meeting-place self-assessments and Suomi.fi PTV / Open Referral HSDS interop.
 */
package fi.perhekeskus.servicemap;
