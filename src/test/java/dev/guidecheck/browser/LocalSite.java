package dev.guidecheck.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A tiny site on 127.0.0.1 for tests that need a real origin: static pages, plus a cookie that /set sets. */
public final class LocalSite implements AutoCloseable {

    private final HttpServer server;

    private LocalSite(HttpServer server) {
        this.server = server;
    }

    /** Serves each page (path to HTML) on a free port of the loopback address. */
    public static LocalSite serving(Map<String, String> pages) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pages.forEach((path, html) -> server.createContext(path, exchange -> respond(exchange, html, List.of())));
        server.createContext("/set", exchange -> respond(exchange, "<p>cookie set</p>",
                List.of("visit=first; Path=/")));
        server.createContext("/echo-cookie", exchange -> {
            String cookie = exchange.getRequestHeaders().getFirst("Cookie");
            respond(exchange, "<p id='cookie'>" + (cookie == null ? "none" : cookie) + "</p>", List.of());
        });
        server.start();
        return new LocalSite(server);
    }

    public URI whereIs(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void respond(HttpExchange exchange, String html, List<String> cookies) throws IOException {
        byte[] body = ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>" + html + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        cookies.forEach(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie));
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
