/**
 * What every feature module shares: paging, errors as problem details, persistence type handlers.
 */
package org.deputyflow.shared;
