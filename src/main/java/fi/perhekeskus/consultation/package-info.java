/**
 * Consulting key persons and multi-professional teams ("Kysy moniammatilliselta tiimiltä"):
 * anonymous questions routed by expertise and area, claiming, the message thread, response targets,
 * consultation slots with calendar invitations, and statistics.
 */
package fi.perhekeskus.consultation;
