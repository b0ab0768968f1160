package org.assay.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/assay", "https://hooks.example.com:8443/a?b=c",
        "https://93.184.216.34/hook", "https://[2606:2800:220:1:248:1893:25c8:1946]/hook",
        "https://sub.mindbridge.ai.example.com/x"})
    void publicHttpsTargetsAreAccepted(String url) {
        assertEquals(Optional.empty(), WebhookUrls.problem(url, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://hooks.example.com/assay|https",
        "ftp://hooks.example.com/assay|https",
        "/relative/path|absolute",
        "hooks.example.com/assay|absolute",
        "https://user:secret@hooks.example.com/|password",
        "https:///no-host|host",
        "https://localhost/hook|loopback",
        "https://127.0.0.1:8080/hook|loopback",
        "https://[::1]/hook|loopback",
        "https://10.1.2.3/hook|private",
        "https://172.16.0.9/hook|private",
        "https://192.168.1.1/hook|private",
        "https://169.254.169.254/latest/meta-data|private",
        "https://100.64.0.1/hook|private",
        "https://0.0.0.0/hook|private",
        "https://[fd00::1]/hook|private",
        "https://[fe80::1]/hook|private",
        "https://printer.local/hook|local",
        "https://x.azure.com/hook|azure.com",
        "https://login.microsoft.net/hook|microsoft.net",
        "https://app.mindbridge.ai/hook|mindbridge.ai",
        "https://mindbridge.com/hook|mindbridge.com",
        "not a url|valid"})
    void badTargetsAreRefusedWithTheReason(String url, String reasonMentions) {
        Optional<String> problem = WebhookUrls.problem(url, false);
        assertTrue(problem.isPresent(), url);
        assertTrue(problem.get().contains(reasonMentions), problem.get());
    }

    @Test
    void aMissingUrlIsRefused() {
        assertEquals(Optional.of("url is required"), WebhookUrls.problem(null, false));
        assertEquals(Optional.of("url is required"), WebhookUrls.problem("  ", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9999/hook", "http://localhost:9999/hook", "https://127.0.0.1/hook",
        "http://[::1]:8080/hook"})
    void loopbackIsAcceptedOnlyWhenAllowed(String url) {
        assertTrue(WebhookUrls.problem(url, false).isPresent(), url);
        assertEquals(Optional.empty(), WebhookUrls.problem(url, true), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.com/assay", "http://10.0.0.1/hook", "https://192.168.0.10/hook"})
    void allowingLoopbackAllowsNothingElse(String url) {
        assertTrue(WebhookUrls.problem(url, true).isPresent(), url);
    }

    @Test
    void resolvedAddressesAreCheckedBeforeDelivery() throws Exception {
        assertTrue(WebhookUrls.deliverable("127.0.0.1", false).isPresent());
        assertEquals(Optional.empty(), WebhookUrls.deliverable("127.0.0.1", true));
        assertTrue(WebhookUrls.deliverable("10.0.0.1", true).isPresent());
        assertFalse(WebhookUrls.isPublic(InetAddress.getByName("192.0.0.8")));
        assertTrue(WebhookUrls.isPublic(InetAddress.getByName("8.8.8.8")));
    }
}
