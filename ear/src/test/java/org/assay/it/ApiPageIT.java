package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API page in a real browser (headless chromium through chromedriver): an App Admin signs in, creates a token
 * through the permission matrix, uses its secret against the API, renews it, runs the compromised-token runbook,
 * deletes it, deactivates a user, finds the token's calls in the audit log and exports them; a non-admin is kept
 * out. Screenshots of each screen land in {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiPageIT extends AgainstTheEar {

    static final String PAGE = Api.ROOT + "/admin/";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();

    static ChromeDriver browser;
    static WebDriverWait wait;
    /** The first token's id and secret, whose calls the audit test looks for. */
    static String firstTokenId;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        // A file left by an earlier run would make chromium save the export under another name.
        try (var old = Files.list(DOWNLOADS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        browser = new ChromeDriver(options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void theTokenLifecycleRunsInTheBrowser() {
        signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        visible(By.id("view-tokens"));
        assertEverythingIsLabelled();

        // Escape closes the create dialog and gives the focus back to the button that opened it.
        click(By.id("token-create"));
        visible(By.id("create-name"));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> !isOpen("create-dialog"));
        assertEquals("token-create", browser.switchTo().activeElement().getAttribute("id"));

        // Create with two permissions from the matrix; the secret is shown once.
        String name = Api.unique("page token");
        click(By.id("token-create"));
        visible(By.id("create-name")).sendKeys(name);
        click(By.cssSelector("#permission-matrix input[value='api.organizations.read']"));
        click(By.cssSelector("#permission-matrix input[value='api.api-tokens.read']"));
        browser.findElement(By.id("create-addresses")).sendKeys("10.0.0.300");
        click(By.id("create-submit"));
        assertTrue(visible(By.id("create-addresses-error")).getText().contains("not an IPv4 or IPv6 address"));
        browser.findElement(By.id("create-addresses")).clear();
        browser.findElement(By.id("create-addresses")).sendKeys("127.0.0.0/8\n::1");
        screenshot("token-create");
        click(By.id("create-submit"));
        String secret = secretFromDialog("token-secret");
        Api.Reply current = Api.get("/api/v1/api-tokens/current", secret);
        assertEquals(200, current.status());
        assertEquals(name, current.body().getString("name"));
        assertEquals(List.of("api.api-tokens.read", "api.organizations.read"),
                current.body().getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).sorted().toList());
        firstTokenId = current.body().getString("id");
        WebElement row = visible(By.cssSelector("tr[data-token-id='" + firstTokenId + "']"));
        assertTrue(row.getText().contains("2 permissions"));
        assertTrue(row.getText().contains("127.0.0.0/8"));
        screenshot("tokens");

        // Renew (old secret ends now): the old secret is refused, the new one works.
        click(By.cssSelector("button[data-action='renew'][data-token-id='" + firstTokenId + "']"));
        visible(By.id("renew-grace"));
        assertEquals("0", new Select(browser.findElement(By.id("renew-grace"))).getFirstSelectedOption().getAttribute("value"));
        screenshot("token-renew");
        click(By.id("renew-submit"));
        String renewed = secretFromDialog(null);
        assertEquals(401, Api.get("/api/v1/api-tokens/current", secret).status());
        Api.Reply successor = Api.get("/api/v1/api-tokens/current", renewed);
        assertEquals(200, successor.status());
        assertEquals(firstTokenId, successor.body().getString("renewedFromId"));
        String renewedId = successor.body().getString("id");

        // The compromised-token runbook: disable and re-issue in one guided action.
        click(By.cssSelector("button[data-action='compromised'][data-token-id='" + renewedId + "']"));
        visible(By.id("runbook-run"));
        screenshot("token-compromised");
        click(By.id("runbook-run"));
        String reissued = secretFromDialog(null);
        assertEquals(401, Api.get("/api/v1/api-tokens/current", renewed).status());
        Api.Reply third = Api.get("/api/v1/api-tokens/current", reissued);
        assertEquals(200, third.status());
        String thirdId = third.body().getString("id");
        assertEquals("disabled", visible(By.cssSelector("tr[data-token-id='" + renewedId + "']")).getAttribute("data-status"));

        // Delete, with confirmation: the secret is refused and the row is gone.
        click(By.cssSelector("button[data-action='delete'][data-token-id='" + thirdId + "']"));
        visible(By.id("confirm-ok"));
        screenshot("token-delete-confirm");
        click(By.id("confirm-ok"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-token-id='" + thirdId + "']")));
        assertEquals(401, Api.get("/api/v1/api-tokens/current", reissued).status());
    }

    @Test
    @Order(2)
    void aDeactivatedUserIsRefused() {
        String[] user = Api.userWithRole("ROLE_USER");
        signInIfNeeded();
        browser.get(PAGE + "#users");
        visible(By.cssSelector("tr[data-user-id='" + user[0] + "']"));
        assertEverythingIsLabelled();
        screenshot("users");
        click(By.cssSelector("button[data-action='deactivate'][data-user-id='" + user[0] + "']"));
        click(By.id("confirm-ok"));
        visible(By.cssSelector("button[data-action='reactivate'][data-user-id='" + user[0] + "']"));
        assertEquals(401, Api.get("/api/v1/users/current", user[1]).status());
        assertEquals(401, Api.call("POST", "/auth/token", null,
                "{\"email\":\"" + user[2] + "\",\"password\":\"" + Api.USER_PASSWORD + "\"}").status());
        // API Token Users are shown as such and offer no action.
        WebElement tokenUser = visible(By.cssSelector("tr[data-service-account='true']"));
        assertTrue(tokenUser.getText().contains("API Token User"));
        assertTrue(tokenUser.findElements(By.tagName("button")).isEmpty());
    }

    @Test
    @Order(3)
    void theTokensCallsAreInTheAuditLogAndExported() throws IOException {
        signInIfNeeded();
        // The token list after the lifecycle (renewed, disabled, last use) beside a partner's token expiring soon.
        Api.token(Api.unique("partner ledger upload"), java.time.Instant.now().plus(Duration.ofDays(9)),
                List.of("api.engagements.read", "api.file-manager.write", "api.analyses.run"), List.of("192.0.2.0/24"));
        browser.get(PAGE + "#tokens");
        visible(By.id("tokens-expiring"));
        visible(By.cssSelector("tr[data-token-id='" + firstTokenId + "']"));
        screenshot("tokens-overview");
        browser.get(PAGE + "#audit");
        visible(By.id("audit-token"));
        By tokenRows = By.cssSelector("#audit-table tbody tr[data-token-id='" + firstTokenId + "']");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            new Select(d.findElement(By.id("audit-token"))).selectByValue(firstTokenId);
            d.findElement(By.id("audit-route")).clear();
            d.findElement(By.id("audit-route")).sendKeys("/api-tokens/current");
            d.findElement(By.id("audit-apply")).click();
            return !d.findElements(tokenRows).isEmpty();
        });
        assertTrue(browser.findElement(tokenRows).getText().contains("/api/v1/api-tokens/current"));
        assertTrue(browser.findElements(By.cssSelector("#audit-table tbody tr")).stream()
                .allMatch(r -> firstTokenId.equals(r.getAttribute("data-token-id"))));

        click(By.id("audit-export"));
        WebElement exported = wait.until(d -> {
            WebElement node = d.findElement(By.id("audit-export-status"));
            return node.getAttribute("data-records") != null ? node : null;
        });
        int records = Integer.parseInt(exported.getAttribute("data-records"));
        assertTrue(records >= 1, exported.getText());
        Path csv = DOWNLOADS.resolve("audit-events.csv");
        wait.until(d -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("id,node,sequence,time"), lines.get(0));
        assertEquals(records, lines.size() - 1);
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains(firstTokenId)));
        // The same filter through the API answers the same rows.
        String filter = "{\"$and\":[{\"tokenId\":\"" + firstTokenId + "\"},{\"route\":{\"$isubstr\":\"/api-tokens/current\"}}]}";
        Api.Reply direct = Api.post("/api/v1/audit-events/export", Api.admin(), filter);
        assertEquals(200, direct.status());
        assertEquals(records, direct.raw().body().lines().count() - 1);

        click(By.id("audit-verify"));
        WebElement verdict = wait.until(d -> {
            WebElement node = d.findElement(By.id("audit-verdict"));
            return node.getAttribute("data-intact") != null ? node : null;
        });
        assertEquals("true", verdict.getAttribute("data-intact"));
        assertTrue(verdict.getText().contains("intact"));
        screenshot("audit");
    }

    @Test
    @Order(4)
    void thePageFitsAPhone() {
        signInIfNeeded();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(PAGE + "#tokens");
            visible(By.cssSelector("#tokens-table tbody tr"));
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "the page scrolls sideways at phone width");
            screenshot("tokens-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    @Test
    @Order(5)
    void aNonAdminIsKeptOut() {
        String[] user = Api.userWithRole("ROLE_USER");
        click(By.id("sign-out"));
        signIn(user[2], Api.USER_PASSWORD);
        WebElement denied = visible(By.id("view-denied"));
        assertTrue(denied.getText().contains("Not allowed"));
        assertTrue(denied.getText().contains(user[2]));
        assertFalse(browser.findElement(By.id("view-tokens")).isDisplayed());
        screenshot("not-allowed");
        // The REST calls behind the page are refused anyway.
        assertEquals(403, Api.post("/api/v1/api-tokens/query", user[1], "{}").status());
        assertEquals(403, Api.post("/api/v1/audit-events/query", user[1], "{}").status());
        click(By.id("denied-sign-out"));
        visible(By.id("view-signin"));
    }

    @Test
    @Order(6)
    void thePageAndItsAssetsCarryTheStrictPolicy() {
        for (String path : List.of("/admin/", "/admin/app.js", "/admin/app.css")) {
            Api.Reply reply = Api.get(path, null);
            assertEquals(200, reply.status(), path);
            String policy = reply.header("Content-Security-Policy");
            assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self'")
                    && policy.contains("frame-ancestors 'none'"), path + ": " + policy);
        }
        assertEquals(200, Api.get("/api/docs/", null).status());
    }

    private static void signIn(String email, String password) {
        browser.get(PAGE);
        visible(By.id("signin-email")).clear();
        browser.findElement(By.id("signin-email")).sendKeys(email);
        browser.findElement(By.id("signin-password")).sendKeys(password);
        screenshot("sign-in");
        click(By.id("signin-submit"));
    }

    private static void signInIfNeeded() {
        browser.get(PAGE);
        wait.until(d -> d.findElement(By.id("view-signin")).isDisplayed() || d.findElement(By.id("view-tokens")).isDisplayed());
        if (browser.findElement(By.id("view-signin")).isDisplayed()) {
            signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
            visible(By.id("view-tokens"));
        }
    }

    /** Reads the one-time secret, presses Copy, and closes the dialog. */
    private static String secretFromDialog(String shot) {
        WebElement field = visible(By.id("secret-value"));
        wait.until(d -> !field.getDomProperty("value").isEmpty());
        String secret = field.getDomProperty("value");
        assertTrue(secret.startsWith("assay_"), secret);
        assertTrue(browser.findElement(By.id("secret-warning")).getText().contains("will not be shown again"));
        click(By.id("secret-copy"));
        wait.until(d -> !d.findElement(By.id("secret-copied")).getText().isEmpty());
        if (shot != null) {
            screenshot(shot);
        }
        click(By.id("secret-done"));
        wait.until(d -> !isOpen("secret-dialog"));
        assertEquals("", browser.findElement(By.id("secret-value")).getDomProperty("value"));
        return secret;
    }

    private static boolean isOpen(String dialogId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.getElementById(arguments[0]).open;", dialogId));
    }

    /** Every visible form control has a label (or an aria-label). */
    private static void assertEverythingIsLabelled() {
        Object unlabelled = ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('input, select, textarea')]"
                        + ".filter(e => e.type !== 'hidden' && e.labels.length === 0 && !e.getAttribute('aria-label'))"
                        + ".map(e => e.id || e.name || e.outerHTML);");
        assertEquals(List.of(), unlabelled);
    }

    private static WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private static void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
