package dev.guidecheck;

/** A sign-in for one site; the password is a secret and never printed. */
public record Account(String username, String password) {

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
