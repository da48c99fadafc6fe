package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

/** The Keys / Applications / Manage Account tabs under the portal's page headings. */
final class PortalTabs {

    private final By tabs = By.cssSelector("ul.tabs a");
    private final WebDriver driver;

    PortalTabs(WebDriver driver) {
        this.driver = driver;
    }

    List<String> labels() {
        return Find.texts(driver.findElements(tabs));
    }

    Optional<WebElement> tab(String label) {
        return Find.byText(driver.findElements(tabs), label);
    }

    Screen follow(WebElement tab) {
        Waits.navigation(driver, tab::click);
        return Screens.current(driver);
    }
}
