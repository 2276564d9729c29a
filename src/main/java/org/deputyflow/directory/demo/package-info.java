/**
 * Demo people and departments so that every role can sign in on a fresh machine.
 */
package org.deputyflow.directory.demo;
