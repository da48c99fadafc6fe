package dev.guidecheck.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidecheck.browser.LocalSite;
import dev.guidecheck.browser.TestBrowsers;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** A page object's click is a user's: it lands where the pointer would, scrolls there first, and refuses what a user could not click. */
public class ClicksTest {

    private static final String PAGE = "<style>body { margin: 0; font: 16px sans-serif; }"
            + " #cover { position: fixed; top: 0; left: 0; width: 300px; height: 60px; background: #eee; }</style>"
            + "<button id='covered' style='margin: 10px'>Under the banner</button><div id='cover'>Banner</div>"
            + "<button id='hidden' hidden>Not shown</button>"
            + "<div style='height: 100px; overflow: auto'><div style='height: 300px'></div><button id='boxed'>In a box</button></div>"
            + "<div style='height: 2000px'></div>"
            + "<button id='below'>Far below</button>"
            + "<script>window.clicks = [];"
            + " document.addEventListener('mousedown', e => clicks.push('down ' + e.target.id));"
            + " document.addEventListener('click', e => clicks.push('click ' + e.target.id));</script>";

    private LocalSite site;
    private WebDriver driver;

    @BeforeClass
    public void start() throws Exception {
        site = LocalSite.serving(Map.of("/page", PAGE));
        driver = TestBrowsers.session().driver();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        site.close();
    }

    @BeforeMethod
    public void freshPage() {
        driver.get(site.whereIs("/page").toString());
    }

    @Test
    public void anElementBelowTheFoldIsScrolledToAndItsHandlersHaveRunWhenTheClickReturns() {
        Clicks.on(driver, found("below"));

        assertThat(js("return window.clicks")).isEqualTo(List.of("down below", "click below"));
        assertThat(((Number) js("return window.scrollY")).intValue()).isGreaterThan(1000);
    }

    @Test
    public void anElementCutOffByAScrolledBoxIsScrolledIntoItAndClicked() {
        Clicks.on(driver, found("boxed"));

        assertThat(js("return window.clicks")).isEqualTo(List.of("down boxed", "click boxed"));
    }

    @Test
    public void anElementAnotherCoversIsRefusedNamingWhatWouldGetTheClick() {
        assertThatThrownBy(() -> Clicks.on(driver, found("covered")))
                .isInstanceOf(ElementClickInterceptedException.class)
                .hasMessageContaining("<div id=\"cover\">Banner</div>");
        assertThat(js("return window.clicks")).isEqualTo(List.of());
    }

    @Test
    public void anElementOfAPageThatWasLeftIsStaleEvenWhereTheNextPageNumbersItsNamesakeTheSame() {
        PageElement before = Find.first(driver, By.id("below")).orElseThrow().element();
        driver.get(site.whereIs("/page").toString());
        PageElement after = Find.first(driver, By.id("below")).orElseThrow().element();

        assertThatThrownBy(() -> Clicks.on(driver, before)).isInstanceOf(StaleElementReferenceException.class);
        assertThat(js("return window.clicks")).isEqualTo(List.of());
        Clicks.on(driver, after);
        assertThat(js("return window.clicks")).isEqualTo(List.of("down below", "click below"));
    }

    @Test
    public void aHiddenElementIsRefused() {
        assertThatThrownBy(() -> Clicks.on(driver, found("hidden")))
                .isInstanceOf(ElementNotInteractableException.class);
        assertThat(js("return window.clicks")).isEqualTo(List.of());
    }

    /** The element as a page object's lookup gives it out. */
    private PageElement found(String id) {
        return Find.first(driver, By.id(id)).orElseThrow().element();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
