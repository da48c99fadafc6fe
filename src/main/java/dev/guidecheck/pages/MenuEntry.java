package dev.guidecheck.pages;

import org.openqa.selenium.WebDriver;

/** One link of the app menu, e.g. Admin > Settings. */
public final class MenuEntry {

    private final WebDriver driver;
    private final PageElement link;
    private final String path;

    MenuEntry(WebDriver driver, PageElement link, String path) {
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
        return AppMenu.captureBeforeClicking(link.locator(path));
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
