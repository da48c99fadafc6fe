package dev.guidecheck.pages;

import dev.guidecheck.Account;

/** A sign-in page of either site: the caller signs in without caring which site asked. */
public interface SignsIn {

    /** Signs in and returns where the site lands; a rejected sign-in returns the sign-in page again. */
    Screen signIn(Account account);
}
