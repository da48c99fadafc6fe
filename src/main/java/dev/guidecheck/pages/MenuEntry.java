package dev.guidecheck.pages;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One link of the app menu, e.g. Admin > Settings. */
public final class MenuEntry {

    private final WebDriver driver;
    private final WebElement link;
    private final String path;

    MenuEntry(WebDriver driver, WebElement link, String path) {
        this.driver = driver;
        this.link = link;
        this.path = path;
    }

    /** "Admin > Settings", as shown. */
    public String path() {
        return path;
    }

    /** The menu as the guide's screenshot shows it before this entry is clicked: the entry boxed. */
    public CaptureSpec capture() {
        return AppMenu.captureBeforeClicking(CaptureSpec.element(link, path));
    }

    /** Follows the link and returns the page the app shows (Admin > Settings lands on Application Settings). */
    public Screen click() {
        Waits.navigation(driver, () -> Clicks.on(driver, link));
        return Screens.current(driver);
    }

    @Override
    public String toString() {
        return "MenuEntry[" + path + "]";
    }
}
