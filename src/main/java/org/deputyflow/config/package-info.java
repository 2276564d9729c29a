/**
 * Application wiring: security, the engine's webapps behind our login, the clock.
 */
package org.deputyflow.config;
