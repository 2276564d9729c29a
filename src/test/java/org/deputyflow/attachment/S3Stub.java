package org.deputyflow.attachment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small S3-compatible server for tests, where no MinIO can run: path-style PUT, GET, HEAD and DELETE of objects,
 * S3's error document for a missing key, and a refusal of any request not signed with AWS Signature V4 by the
 * expected access key. It keeps what it stored in memory and the requests it saw.
 */
final class S3Stub implements AutoCloseable {

    record Seen(String method, String path, String contentType) {}

    private final HttpServer server;
    private final String accessKey;
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    S3Stub(String accessKey) throws IOException {
        this.accessKey = accessKey;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            seen.add(new Seen(method, path, exchange.getRequestHeaders().getFirst("Content-Type")));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + accessKey + "/")) {
                error(exchange, 403, "AccessDenied", method);
                return;
            }
            switch (method) {
                case "PUT" -> {
                    objects.put(path, body(exchange));
                    exchange.getResponseHeaders().add("ETag", "\"stub\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET", "HEAD" -> {
                    byte[] object = objects.get(path);
                    if (object == null) {
                        error(exchange, 404, "NoSuchKey", method);
                        return;
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                    exchange.getResponseHeaders().add("ETag", "\"stub\"");
                    if (method.equals("HEAD")) {
                        exchange.getResponseHeaders().add("Content-Length", String.valueOf(object.length));
                        exchange.sendResponseHeaders(200, -1);
                    } else {
                        exchange.sendResponseHeaders(200, object.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(object);
                        }
                    }
                }
                case "DELETE" -> {
                    objects.remove(path);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> error(exchange, 405, "MethodNotAllowed", method);
            }
        }
    }

    /** The request's bytes; a body in aws-chunked encoding is decoded, should a client send one. */
    private static byte[] body(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        if (sha == null || !sha.startsWith("STREAMING-")) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length) {
            int lineEnd = indexOfCrlf(raw, i);
            String header = new String(raw, i, lineEnd - i, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            i = lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(raw, i, size);
            i += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    private static void error(HttpExchange exchange, int status, String code, String method) throws IOException {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
                        + "</Message></Error>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
