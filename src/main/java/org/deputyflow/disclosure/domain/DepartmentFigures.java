package org.deputyflow.disclosure.domain;

/**
 * One department's figures for a quarter. Received counts the suggestions assigned to it in the
 * quarter; replied, on time and late count first signed-off replies in the quarter; overdue counts
 * replies still missing after their due date at the quarter's end; result classes count replies
 * signed off in the quarter; ratings count evaluations made in the quarter; not evaluated counts
 * suggestions closed without an evaluation in the quarter.
 */
public record DepartmentFigures(
        String departmentName,
        int received,
        int replied,
        int repliedOnTime,
        int repliedLate,
        int overdue,
        int extensions,
        int classA,
        int classB,
        int classC,
        int classD,
        int attitudeSatisfied,
        int attitudeBasically,
        int attitudeUnsatisfied,
        int resultSatisfied,
        int resultBasically,
        int resultUnsatisfied,
        int notEvaluated) {

    /** 解决率: A-class replies among all classified replies — what the department says it solved. */
    public String solvedRate() {
        return Rates.percent(classA, classA + classB + classC + classD);
    }

    /**
     * 满意率: results rated satisfied or basically satisfied among all result ratings — what the
     * deputies say; shown beside the solved rate because the two often disagree.
     */
    public String satisfactionRate() {
        return Rates.percent(resultSatisfied + resultBasically, resultSatisfied + resultBasically + resultUnsatisfied);
    }
}
