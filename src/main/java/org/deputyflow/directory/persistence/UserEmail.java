package org.deputyflow.directory.persistence;

/** A login and its user's e-mail address. */
public record UserEmail(String login, String email) {}
