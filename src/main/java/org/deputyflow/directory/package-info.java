/**
 * The directory of people and departments: departments, deputies, users and their roles,
 * and who the current caller is.
 */
package org.deputyflow.directory;
