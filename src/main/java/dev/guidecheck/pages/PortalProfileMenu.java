package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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
        for (Candidate opener : Find.candidates(driver, openers)) {
            if (!opener.shown()) {
                continue;
            }
            By menu = By.id(String.valueOf(PageScript.run(driver, "return arguments[0].getAttribute('aria-controls');",
                    opener.element())));
            Clicks.on(driver, opener.element());
            boolean holds = Find.byText(Find.candidatesIn(driver, Waits.visible(driver, menu), items), label).isPresent();
            Clicks.on(driver, opener.element());
            Waits.until(driver, Waits.ELEMENT, d -> Find.candidates(d, menu).stream().noneMatch(Candidate::shown));
            if (holds) {
                return Optional.of(opener.name().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
