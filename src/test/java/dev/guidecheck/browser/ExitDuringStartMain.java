package dev.guidecheck.browser;

/**
 * A JVM that ends while a browser is starting, as a run stopped by its scheduler's time limit can while a lane
 * replaces a browser that died: the start runs on a thread of its own, and the JVM exits a moment after it began.
 */
public final class ExitDuringStartMain {

    private ExitDuringStartMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread start = new Thread(() -> {
            try {
                BrowserFactory.of(BrowserSettings.defaults()).open();
            } catch (RuntimeException e) {
                System.out.println("start refused: " + e.getMessage());
            }
        }, "starting-a-browser");
        start.start();
        Thread.sleep(Long.parseLong(args[0]));
        System.out.println("exiting");
        System.exit(0);
    }
}
