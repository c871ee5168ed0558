package org.zhiban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/**
 * Every answer carries the security headers of its chain: the UI's Content-Security-Policy (as tight as Vaadin Flow
 * allows), the API's (nothing at all), no framing, no sniffing, a strict referrer. The UI still works under its policy
 * in a real browser: no page logs a violation. HSTS and the Secure cookie belong to profile prod
 * ({@link SecurityHeadersProductionTest}).
 */
@ZhibanTest
class SecurityHeadersTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    @Test
    void ui_pages_carry_the_ui_policy_and_no_hsts_outside_prod() {
        ResponseEntity<String> login = rest.getForEntity("/login", String.class);

        assertThat(login.getStatusCode().value()).isEqualTo(200);
        assertCommonHeaders(login.getHeaders());
        assertThat(login.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.UI_POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).allSatisfy(cookie ->
                assertThat(cookie).contains("HttpOnly", "SameSite=Strict").doesNotContain("Secure"));
    }

    @Test
    void api_answers_carry_the_api_policy_errors_included() {
        TestRestTemplate officer = rest.withBasicAuth("zhangsan", "demo123");
        List<ResponseEntity<?>> answers = List.of(officer.getForEntity("/api/case-types", String.class),
                officer.getForEntity("/api/nope", String.class), rest.getForEntity("/api/tasks", String.class));

        assertThat(answers).extracting(a -> a.getStatusCode().value()).containsExactly(200, 404, 401);
        assertThat(answers).allSatisfy(answer -> {
            assertCommonHeaders(answer.getHeaders());
            assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_POLICY);
        });
    }

    @Test
    void the_api_docs_lead_to_swagger_ui_under_the_ui_policy() throws Exception {
        // redirects are not followed: each answer is looked at on its own
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Void> docs = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docs"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("zhangsan:demo123".getBytes()))
                .build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> swagger = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/swagger-ui/index.html")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(docs.statusCode()).isEqualTo(302);
        assertThat(docs.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/swagger-ui/index.html"));
        assertThat(swagger.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.UI_POLICY);
    }

    /** Headless Chromium through chromedriver, as {@code BrowserSmokeTest}; in CI it must run. */
    @Test
    void no_view_logs_a_content_security_policy_violation() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed");
        }
        String caseId = Api.as(rest, "zhangsan").startDocument("关于内容安全策略的通知", "各科室：正文。");
        String base = "http://localhost:" + port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        List<String> violations = new ArrayList<>();
        try {
            // a violation the console might not word the same way in every version is logged by the page itself
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: '"
                            + " + e.violatedDirective + ' ' + e.blockedURI));"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "/login");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                    .sendKeys("zhangsan");
            browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo123");
            browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
            wait.until(ExpectedConditions.urlContains("/inbox"));
            violations.addAll(violations(browser, "/login"));
            for (String path : List.of("/inbox", "/cases", "/cases/" + caseId, "/knowledge", "/knowledge/ask",
                    "/audit", "/api/docs")) {
                browser.get(base + path);
                wait.until(driver -> !driver.getTitle().isBlank());
                if (path.startsWith("/cases/")) {
                    // the diagram is drawn by bpmn-js: inline styles and SVG
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("zhiban-bpmn-viewer svg")));
                }
                violations.addAll(violations(browser, path));
            }
        } catch (WebDriverException e) {
            // a policy that breaks Flow shows as a view that never comes up: say why
            violations.addAll(violations(browser, "while waiting"));
            throw new AssertionError("a view did not come up; policy violations: " + violations, e);
        } finally {
            browser.quit();
        }
        assertThat(violations).isEmpty();
    }

    private static List<String> violations(ChromeDriver browser, String path) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("CSP violation")
                        || m.contains("Refused to"))
                .map(m -> path + ": " + m).toList();
    }

    private static void assertCommonHeaders(HttpHeaders headers) {
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.getFirst("Permissions-Policy")).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(headers.getFirst("Strict-Transport-Security")).isNull();
    }
}
