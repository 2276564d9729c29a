/**
 * Key suggestions (重点建议) and the quarterly public disclosure (季度公开): a frozen snapshot of the
 * quarter, reviewed by staff, approved by the council, published on the public pages.
 */
package org.deputyflow.disclosure;
