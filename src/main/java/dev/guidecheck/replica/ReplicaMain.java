package dev.guidecheck.replica;

import dev.guidecheck.Account;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the replica by hand ({@code mvn exec:java}) to look at it in a browser. Prints both sites and
 * the seeded usernames; the passwords are defined in {@link SeededAccounts} and never printed.
 * {@code -Dguidecheck.replica.port=8080} puts the Infusionsoft site on 8080 and the portal on 8081.
 */
public final class ReplicaMain {

    private ReplicaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String portSetting = System.getProperty("guidecheck.replica.port", args.length > 0 ? args[0] : "0");
        String profileName = System.getProperty("guidecheck.replica.profile", ReplicaProfiles.FAITHFUL);
        int port;
        try {
            port = Integer.parseInt(portSetting.trim());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65534) {
            System.err.println("guidecheck: guidecheck.replica.port: \"" + portSetting + "\" is not a port (0 picks free ones)");
            System.exit(3);
        }
        ReplicaProfile profile = ReplicaProfiles.named(profileName).orElse(null);
        if (profile == null) {
            System.err.println("guidecheck: guidecheck.replica.profile: \"" + profileName + "\" is not one of "
                    + ReplicaProfiles.names());
            System.exit(3);
        }
        Replica replica = new Replica(profile, port).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            replica.stop();
            stopped.countDown();
        }, "replica-shutdown"));
        System.out.println("Infusionsoft (www.infusionsoft.com):            " + replica.infusionsoftOrigin() + "/");
        System.out.println("Developer portal (keys.developer.infusionsoft.com): " + replica.developerPortalOrigin() + "/apps/mykeys");
        for (Account account : replica.accounts()) {
            System.out.println("Seeded account: " + account.username());
        }
        System.out.println("Profile: " + profile.name() + ". Passwords: see " + SeededAccounts.class.getName()
                + ". Ctrl-C stops the replica.");
        stopped.await();
    }
}
