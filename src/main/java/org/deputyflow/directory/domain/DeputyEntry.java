package org.deputyflow.directory.domain;

/** A deputy as the directory lists it: the record and the login that acts for it, if any. */
public record DeputyEntry(
        long id,
        String name,
        String delegation,
        String phone,
        String term,
        boolean active,
        Long userId,
        String login) {}
