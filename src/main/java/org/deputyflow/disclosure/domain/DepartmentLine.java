package org.deputyflow.disclosure.domain;

/** A department's figures as they were frozen into a disclosure, rates included as published text. */
public record DepartmentLine(int lineNo, DepartmentFigures figures, String solvedRate, String satisfactionRate) {

    public static DepartmentLine freeze(int lineNo, DepartmentFigures figures) {
        return new DepartmentLine(lineNo, figures, figures.solvedRate(), figures.satisfactionRate());
    }
}
