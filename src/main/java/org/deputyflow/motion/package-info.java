/**
 * Motions (议案): joint submission with at least ten signers, the staff's form check, the
 * council's decision, a special committee's report, and conversion of an unlisted motion into a
 * suggestion through the suggestion module's public API.
 */
package org.deputyflow.motion;
