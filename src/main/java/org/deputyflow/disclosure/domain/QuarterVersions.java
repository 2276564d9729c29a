package org.deputyflow.disclosure.domain;

/**
 * The versions of a disclosure's quarter as they stand: a correction replaces only the latest version, and
 * only while no other version of the quarter is being prepared.
 *
 * @param latest the highest version number of the quarter
 * @param inProgress how many versions of the quarter are in review or awaiting approval
 */
public record QuarterVersions(int latest, int inProgress) {}
