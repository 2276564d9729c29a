package org.deputyflow.records.domain;

/**
 * One deputy's record in one year. Suggestions count by the year they were submitted (every signer
 * confirmed), motions by the year they were proposed, evaluations by the day they were given, meetings
 * by the day they were held.
 *
 * @param evaluationsOnTime the evaluations given by the end of their evaluation period
 * @param meetings face-to-face contacts (座谈 or 走访) that departments recorded with the deputy as the
 *        lead deputy of a suggestion they handled
 * @param submittedNothing no suggestion or motion led or co-signed this year
 */
public record DeputyRecord(
        int year,
        long deputyId,
        String name,
        String delegation,
        long suggestionsLed,
        long suggestionsCoSigned,
        long motionsLed,
        long motionsCoSigned,
        long evaluations,
        long evaluationsOnTime,
        long meetings,
        boolean submittedNothing) {

    public static DeputyRecord of(
            int year,
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
        boolean nothing = suggestionsLed + suggestionsCoSigned + motionsLed + motionsCoSigned == 0;
        return new DeputyRecord(
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
                meetings,
                nothing);
    }

    /** The evaluations given late: after their evaluation period. */
    public long evaluationsLate() {
        return evaluations - evaluationsOnTime;
    }
}
