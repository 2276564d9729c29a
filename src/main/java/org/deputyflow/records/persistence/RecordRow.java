package org.deputyflow.records.persistence;

import org.deputyflow.records.domain.DeputyRecord;

public record RecordRow(
        long deputyId,
        String name,
        String delegation,
        long suggestionsLed,
        long suggestionsCoSigned,
        long motionsLed,
        long motionsCoSigned,
        long evaluations,
        long evaluationsOnTime,
        long meetings) {

    public DeputyRecord toRecord(int year) {
        return DeputyRecord.of(
                year,
                deputyId,
                name,
                delegation,
                suggestionsLed,
                suggestionsCoSigned,
                motionsLed,
                motionsCoSigned,
                evaluations,
                evaluationsOnTime,
                meetings);
    }
}
