package org.zhiban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/**
 * One real browser (Debian's Chromium through chromedriver) against the production frontend bundle: log in,
 * start a document, complete its 拟稿 task. Runs wherever chromedriver is installed; in CI it must be.
 */
@ZhibanTest
class BrowserSmokeTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed (apt install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--window-size=1400,900");
        // Headless Chromium ignores --lang for Accept-Language; the preference sets it, and the UI must be Chinese.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_officer_logs_in_starts_a_document_and_submits_the_draft() {
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys("zhangsan");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo123");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));

        browser.get(base + "/documents/new");
        String title = "关于浏览器冒烟测试" + System.nanoTime() + "的通知";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#new-title input"))).sendKeys(title);
        browser.findElement(By.cssSelector("#new-body textarea")).sendKeys("各科室：这是一份浏览器测试公文。");
        browser.findElement(By.id("new-create")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));

        WebElement work = wait.until(driver -> {
            List<WebElement> rows = driver.findElements(By.xpath("//vaadin-grid-cell-content[contains(., '" + title + "')]"));
            return rows.isEmpty() ? null : driver.findElements(By.xpath("//vaadin-button[contains(., '办理')]")).get(0);
        });
        work.click();
        // a 通知 names its 主送 (without one the compliance check sends it back)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#field-mainRecipients input"))).sendKeys("各科室");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("outcome-submit"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));

        Api reviewer = Api.as(rest, "lisi");
        assertThat(reviewer.list("/api/tasks")).anySatisfy(task -> {
            assertThat(task.get("caseTitle")).isEqualTo(title);
            assertThat(task.get("name")).isEqualTo("核稿");
        });
    }
}
