package org.deputyflow.directory.domain;

/** 承办单位类别 */
public enum DepartmentKind {
    GOVERNMENT,
    COURT,
    PROCURATORATE,
    OTHER
}
