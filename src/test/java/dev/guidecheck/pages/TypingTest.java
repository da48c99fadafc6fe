package dev.guidecheck.pages;

import dev.guidecheck.browser.LocalSite;
import dev.guidecheck.browser.TestBrowsers;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An ordinary field gets its value in one event; a field that listens to keys gets keys; a secret is never quoted. */
public class TypingTest {

    private static final String FORM = "<input id='plain'>"
            + "<input id='keyed' onkeydown='window.keys = (window.keys || 0) + 1'>"
            + "<input id='short' maxlength='3'>"
            + "<input id='off' disabled>"
            + "<script>window.events = []; const plain = document.getElementById('plain');"
            + " ['keydown', 'keyup', 'input', 'change'].forEach(t => plain.addEventListener(t, () => events.push(t)));</script>";

    private LocalSite site;
    private WebDriver driver;

    @BeforeClass
    public void start() throws Exception {
        site = LocalSite.serving(Map.of("/form", FORM));
        driver = TestBrowsers.session().driver();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        site.close();
    }

    @BeforeMethod
    public void freshForm() {
        driver.get(site.whereIs("/form").toString());
    }

    @Test
    public void anOrdinaryFieldGetsItsWholeValueInOneInputEvent() {
        Typing.into(driver, Map.of(By.id("plain"), "Awesome Docs app"));

        assertThat(driver.findElement(By.id("plain")).getDomProperty("value")).isEqualTo("Awesome Docs app");
        assertThat(js("return window.events")).isEqualTo(List.of("input", "change"));
    }

    @Test
    public void aFieldWithKeyHandlingOfItsOwnIsTypedKeyByKey() {
        Typing.into(driver, Map.of(By.id("keyed"), "abcde"));

        assertThat(driver.findElement(By.id("keyed")).getDomProperty("value")).isEqualTo("abcde");
        assertThat(js("return window.keys")).isEqualTo(5L);
    }

    @Test
    public void aValueLongerThanTheFieldTakesIsCutAsTypingWouldCutIt() {
        Typing.into(driver, Map.of(By.id("short"), "abcdef"));

        assertThat(driver.findElement(By.id("short")).getDomProperty("value")).isEqualTo("abc");
    }

    @Test
    public void aFailureNeverQuotesTheValueTyped() {
        String secret = "replica-passphrase-2017";

        assertThatThrownBy(() -> Typing.into(driver, Map.of(By.id("off"), secret)))
                .isInstanceOf(WebDriverException.class)
                .satisfies(e -> assertThat(everything(e)).doesNotContain(secret).doesNotContain("r, e, p"));
    }

    @Test
    public void aMissingFieldSaysWhichOne() {
        assertThatThrownBy(() -> Typing.into(driver, Map.of(By.id("nowhere"), "x")))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("nowhere");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static String everything(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
