package org.deputyflow.directory.persistence;

/** One active user's login in one department, for reading several departments' people in one query. */
public record DepartmentLoginRow(long departmentId, String login) {}
