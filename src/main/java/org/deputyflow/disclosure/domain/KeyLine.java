package org.deputyflow.disclosure.domain;

/** A key suggestion as it stood when the snapshot was built; texts are the published words. */
public record KeyLine(int lineNo, String serialNo, String title, String leadDepartment, String status,
        String resultClass, String evaluation, Integer daysTaken) {
}
