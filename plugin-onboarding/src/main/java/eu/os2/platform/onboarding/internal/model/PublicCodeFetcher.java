package eu.os2.platform.onboarding.internal.model;

import eu.os2.platform.api.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a product's publiccode.yml from an https address, for a coordinator who points at the
 * file in the product's repository instead of pasting it.
 *
 * <p>The platform runs inside a municipality's or OS2's network, and coordinators are not staff of
 * the platform's operator: the fetch takes only {@code https://} addresses whose host resolves to
 * public addresses (no loopback, private, link-local or multicast range), follows no redirect, gives
 * up when the whole answer has not arrived within 10 s (a server that sends slowly holds no request
 * thread longer) and reads at most {@link PublicCode#MAX_CHARS} bytes. Errors are reported on the
 * field {@code url}: {@code invalid-url}, {@code private-address}, {@code fetch-failed},
 * {@code too-large}.
 */
public final class PublicCodeFetcher {

    private final HttpClient client;
    private final boolean testServer;
    private final Duration timeout;

    /** The fetcher the platform uses: https and public addresses only, 10 s. */
    public PublicCodeFetcher() {
        this(false, Duration.ofSeconds(10));
    }

    /**
     * @param testServer true only for tests against a plain-http server on this machine
     * @param timeout how long the whole answer may take
     */
    PublicCodeFetcher(boolean testServer, Duration timeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.testServer = testServer;
        this.timeout = timeout;
    }

    /** @return the file's text */
    public String fetch(String address) {
        URI uri = testServer ? URI.create(address) : https(address);
        if (!testServer) {
            requirePublic(uri.getHost());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<InputStream> response;
        try {
            response = client.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(timeout)
                            .header("Accept", "application/yaml, text/yaml, text/plain, */*")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw refused("fetch-failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("fetch-failed");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw refused("fetch-failed");
            }
            byte[] bytes = readBefore(body, deadline);
            if (bytes.length > PublicCode.MAX_CHARS) {
                throw refused("too-large");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw refused("fetch-failed");
        }
    }

    /** Reads at most one byte more than allowed, giving up at the deadline (closing the stream ends the read). */
    private static byte[] readBefore(InputStream body, long deadline) throws IOException {
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return body.readNBytes(PublicCode.MAX_CHARS + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            body.close();
            throw refused("fetch-failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body.close();
            throw refused("fetch-failed");
        }
    }

    static URI https(String address) {
        if (address == null || address.isBlank() || address.length() > 500) {
            throw refused("invalid-url");
        }
        try {
            URI uri = new URI(address.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw refused("invalid-url");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused("invalid-url");
        }
    }

    /** Every address the host resolves to must be public. */
    static void requirePublic(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw refused("fetch-failed");
        }
        for (InetAddress a : addresses) {
            boolean uniqueLocalV6 = a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc;
            if (a.isLoopbackAddress()
                    || a.isSiteLocalAddress()
                    || a.isLinkLocalAddress()
                    || a.isAnyLocalAddress()
                    || a.isMulticastAddress()
                    || uniqueLocalV6
                    || isCarrierGradeNat(a)) {
                throw refused("private-address");
            }
        }
    }

    private static boolean isCarrierGradeNat(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
    }

    private static ValidationException refused(String code) {
        return new ValidationException(Map.of("url", code));
    }
}
