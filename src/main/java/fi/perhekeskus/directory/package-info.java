/**
 * The directory of the family centre network: professionals and their areas, key persons per
 * expertise area (avainhenkilöt), named workers, multi-professional teams, the training register
 * and the coverage of the key person network. Other modules ask it through {@link
 * fi.perhekeskus.directory.KeyPersonDirectory}.
 */
package fi.perhekeskus.directory;
