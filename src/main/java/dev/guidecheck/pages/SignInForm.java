package dev.guidecheck.pages;

import dev.guidecheck.Account;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The user-name, password and submit of a sign-in form; each site's page gives its own locators. */
final class SignInForm {

    private final WebDriver driver;
    private final By user;
    private final By password;
    private final By submit;
    private final By error;

    SignInForm(WebDriver driver, By user, By password, By submit, By error) {
        this.driver = driver;
        this.user = user;
        this.password = password;
        this.submit = submit;
        this.error = error;
    }

    Screen signIn(Account account) {
        Map<By, String> fields = new LinkedHashMap<>();
        fields.put(user, account.username());
        fields.put(password, account.password());
        Typing.into(driver, fields);
        Waits.navigation(driver, () -> Clicks.on(driver, Find.first(driver, submit)
                .orElseThrow(() -> new NoSuchElementException("no " + submit + " to submit the sign-in form")).element()));
        return Screens.current(driver);
    }

    Optional<String> errorMessage() {
        return Find.candidates(driver, error).stream().map(Candidate::text).map(String::trim)
                .filter(t -> !t.isEmpty()).findFirst();
    }
}
