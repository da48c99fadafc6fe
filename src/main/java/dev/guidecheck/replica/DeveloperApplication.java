package dev.guidecheck.replica;

import java.time.Instant;

/** An application registered on the developer portal, with the API key the portal issued for it. */
public record DeveloperApplication(
        String id,
        String name,
        String website,
        String description,
        String callbackUrl,
        String clientId,
        String clientSecret,
        String status,
        Instant created) {

    DeveloperApplication withDetails(String newName, String newWebsite, String newDescription, String newCallbackUrl) {
        return new DeveloperApplication(id, newName, newWebsite, newDescription, newCallbackUrl,
                clientId, clientSecret, status, created);
    }

    DeveloperApplication withClientSecret(String newSecret) {
        return new DeveloperApplication(id, name, website, description, callbackUrl, clientId, newSecret, status, created);
    }

    @Override
    public String toString() {
        return "DeveloperApplication[" + id + " " + name + "]";
    }
}
