package org.deputyflow.records.persistence;

import java.time.Instant;

/**
 * The deputies' records of the year from {@code from} (inclusive) until {@code until} (exclusive).
 * {@code deputyId} and {@code delegation} narrow it when set; {@code submittedNothing} keeps only those
 * with no suggestion or motion led or co-signed. {@code sort} is a {@code RecordOrder.Column} name.
 */
public record RecordsQuery(
        Instant from,
        Instant until,
        Long deputyId,
        String delegation,
        boolean submittedNothing,
        String sort,
        boolean descending) {}
