/**
 * Client guidance (asiakas- ja palveluohjaus): the families' "Pyydä apua" requests, professionals'
 * contacts to social services and child-protection notifications, the on-call team's queue with its
 * statutory deadlines, and leadership reports. Other modules hear of it through {@link
 * fi.perhekeskus.help.ClientCaseRequested}.
 */
package fi.perhekeskus.help;
