/**
 * Demo people and departments so that every role can sign in on a fresh machine. Their names are data in
 * {@code src/main/resources/demo/}.
 */
package org.deputyflow.directory.demo;
