package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Optional;

/** The Keys / Applications / Manage Account tabs under the portal's page headings. */
final class PortalTabs {

    static final By TABS = By.cssSelector("ul.tabs a");
    private final WebDriver driver;

    PortalTabs(WebDriver driver) {
        this.driver = driver;
    }

    List<String> labels() {
        return Find.texts(Find.candidates(driver, TABS));
    }

    Optional<Candidate> tab(String label) {
        return Find.byText(Find.candidates(driver, TABS), label);
    }

    Screen follow(Candidate tab) {
        Waits.navigation(driver, () -> Clicks.on(driver, tab.element()));
        return Screens.current(driver);
    }
}
