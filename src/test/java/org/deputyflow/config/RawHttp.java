package org.deputyflow.config;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP against the running application, with a cookie jar like a browser's: for what MockMvc
 * does not reach (the engine's servlets, Tomcat's handling of proxy headers) and for requests
 * that must look exactly as a browser sends them.
 */
final class RawHttp {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;

    RawHttp(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in with the login form, as a browser does; the session cookie stays in this client's jar. */
    void signIn(String login) throws Exception {
        HttpResponse<String> page = send(request("/login").GET());
        Matcher token = CSRF_FIELD.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("the login page has no CSRF field");
        }
        String form = "username=" + login + "&password=demo&_csrf=" + token.group(1);
        HttpResponse<String> signedIn = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in of " + login + " failed: " + signedIn.statusCode());
        }
    }
}
