package dev.guidecheck.replica;

/** The two sites of the guide, each served by its own replica origin with the real site's paths. */
public enum Site {
    /** Stands for https://www.infusionsoft.com and the Infusionsoft app. */
    INFUSIONSOFT("GCINFUSIONSOFTSESSION"),
    /** Stands for https://keys.developer.infusionsoft.com, the developer key portal. */
    DEVELOPER_PORTAL("GCPORTALSESSION");

    private final String sessionCookie;

    Site(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    /** Cookies ignore ports, so both sites on 127.0.0.1 need their own cookie name to keep their sign-ins apart. */
    public String sessionCookie() {
        return sessionCookie;
    }
}
