package org.deputyflow.audit.domain;

import org.deputyflow.shared.Text;

/**
 * What a walk along the chain found: {@code ok}, how many rows it checked, and otherwise the first row
 * that breaks the chain and why ({@code brokenId} is null when the break is at the end: rows missing
 * after the last one). The reason is a sentence of the bundles, read in the auditor's language.
 */
public record ChainReport(boolean ok, long checked, Long brokenId, Text reason) {

    public static ChainReport intact(long checked) {
        return new ChainReport(true, checked, null, null);
    }

    public static ChainReport broken(long checked, Long id, Text reason) {
        return new ChainReport(false, checked, id, reason);
    }
}
