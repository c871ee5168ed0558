package org.zhiban.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser as far as security cares: cookies, the login form with its CSRF token, no redirects followed. */
final class Browser {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    final String base;
    final HttpClient http;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The CSRF token the login page carries (the same meta tag the Vaadin login form reads). */
    String loginPageToken() throws IOException, InterruptedException {
        String page = get("/login").body();
        Matcher m = CSRF_META.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return m.group(1);
    }

    HttpResponse<String> postLogin(String user, String password, String csrf) throws IOException, InterruptedException {
        String form = "username=" + enc(user) + "&password=" + enc(password) + (csrf == null ? "" : "&_csrf=" + enc(csrf));
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Logs in through the form as a person would; true when it landed past the login page. */
    boolean login(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = postLogin(user, password, loginPageToken());
        String location = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302 && !location.contains("/login");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
