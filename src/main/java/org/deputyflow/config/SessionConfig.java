package org.deputyflow.config;

import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.server.Session;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions live in the database (Spring Session JDBC, tables of migration V19), so every node behind
 * a round-robin load balancer knows every signed-in user. The idle timeout is
 * {@code server.servlet.session.timeout}; the cookie keeps the settings of
 * {@code server.servlet.session.cookie.*}: HttpOnly, SameSite=Lax, and Secure whenever the request
 * came over TLS (or always, with {@code secure: true}) — as Tomcat's own session cookie did.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    @Bean
    DefaultCookieSerializer cookieSerializer(ServerProperties server) {
        Session.Cookie cookie = server.getServlet().getSession().getCookie();
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(cookie.getName() != null ? cookie.getName() : "SESSION");
        serializer.setUseHttpOnlyCookie(!Boolean.FALSE.equals(cookie.getHttpOnly()));
        serializer.setSameSite(
                cookie.getSameSite() != null ? cookie.getSameSite().attributeValue() : "Lax");
        // false leaves it to the request: Secure when it came over TLS, as Tomcat does
        if (Boolean.TRUE.equals(cookie.getSecure())) {
            serializer.setUseSecureCookie(true);
        }
        if (cookie.getPath() != null) {
            serializer.setCookiePath(cookie.getPath());
        }
        if (cookie.getDomain() != null) {
            serializer.setDomainName(cookie.getDomain());
        }
        return serializer;
    }
}
