package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.Locale;
import java.util.Optional;

/**
 * A menu some portal versions keep behind a button in the page header (a profile menu holding
 * Applications and Manage Account), looked into one click away and closed again.
 */
final class PortalProfileMenu {

    private final By openers = By.cssSelector("header [aria-haspopup][aria-controls]");
    private final By items = By.cssSelector("a, button, [role=menuitem]");
    private final WebDriver driver;

    PortalProfileMenu(WebDriver driver) {
        this.driver = driver;
    }

    /** The name of the header menu that holds the label ("profile menu"), if one does; every menu is left closed. */
    Optional<String> holding(String label) {
        for (WebElement opener : driver.findElements(openers)) {
            if (!opener.isDisplayed()) {
                continue;
            }
            By menu = By.id(opener.getDomAttribute("aria-controls"));
            opener.click();
            boolean holds = Find.byText(Waits.visible(driver, menu).findElements(items), label).isPresent();
            opener.click();
            Waits.until(driver, Waits.ELEMENT, d -> !d.findElement(menu).isDisplayed());
            if (holds) {
                return Optional.of(Find.name(opener).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
