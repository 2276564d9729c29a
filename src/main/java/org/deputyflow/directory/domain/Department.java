package org.deputyflow.directory.domain;

import java.util.Objects;

/** A handling department (承办单位); its code is also its queue's candidate group in the engine. */
public record Department(Long id, String code, String name, DepartmentKind kind, boolean active) {

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The engine group of this department's leaders, who sign off its replies; its code is the handlers' queue. */
    public String leadersGroup() {
        return leadersGroupOf(code);
    }

    public static String leadersGroupOf(String departmentCode) {
        return departmentCode + LEADERS_SUFFIX;
    }

    public static final String LEADERS_SUFFIX = "-leaders";
}
