package org.citebot.serving;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citebot.corpus.ArticleFiles;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches an article page for a moderator, guarded against pages that are not articles and
 * addresses that are not public: http and https only, a time limit on connecting and on the whole
 * response, at most {@value #MAX_REDIRECTS} redirects (each hop checked again), at most
 * {@value #MAX_BYTES} bytes (reading stops there), HTML content types only and content that
 * is text whatever its type says, and only globally reachable addresses unless private ones are
 * allowed ({@link AddressGuard}).
 */
public final class PageFetcher {

  public static final int MAX_REDIRECTS = 5;
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(PageFetcher.class);

  private final HttpClient client;
  private final Duration timeout;
  private final boolean allowPrivate;
  private final AddressGuard guard;

  /**
   * @param timeout limit for connecting, and again for receiving the whole response (default
   *     10 s)
   * @param allowPrivate whether loopback and private addresses may be fetched (tests; a bot
   *     inside a private network)
   */
  public PageFetcher(Duration timeout, boolean allowPrivate) {
    this(timeout, allowPrivate, new AddressGuard());
  }

  /** As {@link #PageFetcher(Duration, boolean)}, judging addresses with {@code guard}. */
  PageFetcher(Duration timeout, boolean allowPrivate, AddressGuard guard) {
    Objects.requireNonNull(timeout, "timeout");
    this.guard = Objects.requireNonNull(guard, "guard");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("illegal timeout: " + timeout + ", must be positive");
    }
    this.timeout = timeout;
    this.allowPrivate = allowPrivate;
    // Redirects are followed by hand so that every hop's address is checked.
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * A fetched page.
   *
   * @param url the address the page was finally read from (after redirects)
   * @param html the page, decoded
   */
  public record Page(String url, String html) {}

  /** Fetches {@code url}; the exception's message says why it could not. */
  public Page fetch(String url) throws FetchException {
    URI uri = parse(url);
    for (int hop = 0; ; hop++) {
      URI current = uri;
      checkAddress(uri);
      HttpResponse<InputStream> response = send(uri);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        closeQuietly(response.body());
        if (hop >= MAX_REDIRECTS) {
          throw new FetchException("too many redirects from " + url + " (more than "
              + MAX_REDIRECTS + ")");
        }
        String location = response.headers().firstValue("Location").orElseThrow(() ->
            new FetchException(current + " answered HTTP " + status
                + " without saying where to go"));
        uri = parse(uri.resolve(location.strip()).toString());
        continue;
      }
      if (status != 200) {
        closeQuietly(response.body());
        throw new FetchException(uri + " answered HTTP " + status
            + (status == 404 ? " (page not found)" : "") + "; nothing was added");
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (!mediaType.equals("text/html") && !mediaType.equals("application/xhtml+xml")) {
        closeQuietly(response.body());
        throw new FetchException(uri + " is not a web page (content type "
            + (mediaType.isEmpty() ? "missing" : mediaType) + "); only HTML pages can be added");
      }
      OptionalLong length = response.headers().firstValueAsLong("Content-Length");
      if (length.isPresent() && length.getAsLong() > MAX_BYTES) {
        closeQuietly(response.body());
        throw new FetchException(tooLarge(uri));
      }
      byte[] bytes = readCapped(uri, response.body());
      // A server may call anything text/html; an image or an archive read as a page would
      // become an article of control characters.
      if (bytes.length > 0 && ArticleFiles.looksBinary(bytes)) {
        throw new FetchException("the page at " + uri + " is binary data, not text, although"
            + " it says " + mediaType + "; nothing was added");
      }
      String charset = charset(type);
      try {
        String html = Jsoup.parse(new ByteArrayInputStream(bytes), charset, uri.toString())
            .outerHtml();
        return new Page(uri.toString(), html);
      } catch (IOException e) {
        throw new FetchException("the page at " + uri + " cannot be decoded ("
            + e.getMessage() + ")");
      }
    }
  }

  private static URI parse(String url) throws FetchException {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw new FetchException("'" + url + "' is not a web address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("'" + url + "' is not an http or https address; only those can"
          + " be added");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new FetchException("'" + url + "' has no host name");
    }
    return uri;
  }

  /**
   * Refuses hosts that resolve to a non-public address. The client resolves the name again when
   * it connects; a name whose answer changes in between (DNS rebinding) could slip through, which
   * is acceptable for a command that only moderators may use.
   */
  private void checkAddress(URI uri) throws FetchException {
    if (allowPrivate) {
      return;
    }
    String host = uri.getHost();
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1,
          host.length() - 1) : host);
    } catch (UnknownHostException e) {
      throw new FetchException("cannot find the site " + host + " (unknown host)");
    }
    for (InetAddress a : addresses) {
      Optional<AddressGuard.Refusal> refusal = guard.check(a);
      if (refusal.isPresent()) {
        throw new FetchException("refusing to fetch " + uri + ": " + host + " is "
            + refusal.get().describe(a) + ", not a public web site (set "
            + CorpusOptions.ALLOW_PRIVATE_URLS + "=true to allow addresses that are not public)");
      }
    }
  }

  private HttpResponse<InputStream> send(URI uri) throws FetchException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", "citebot (corpus moderator fetch)")
        .header("Accept", "text/html,application/xhtml+xml")
        .GET()
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException(uri.getHost() + " did not answer within " + seconds(timeout)
          + "; nothing was added");
    } catch (ConnectException e) {
      throw new FetchException("cannot connect to " + uri.getHost() + " ("
          + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")");
    } catch (IOException e) {
      LOG.info("fetching {} failed", uri, e);
      throw new FetchException("cannot fetch " + uri + " (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("fetching " + uri + " was interrupted");
    }
  }

  /**
   * Reads at most {@link #MAX_BYTES}, and within the time limit: a watchdog closes the stream
   * when time is up, which ends a read that is waiting for a slow server.
   */
  private byte[] readCapped(URI uri, InputStream in) throws FetchException {
    AtomicBoolean timedOut = new AtomicBoolean();
    Thread watchdog = Thread.ofVirtual().start(() -> {
      try {
        Thread.sleep(timeout);
        timedOut.set(true);
        closeQuietly(in);
      } catch (InterruptedException e) {
        // finished in time
      }
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    try (in) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        if (out.size() > MAX_BYTES) {
          throw new FetchException(tooLarge(uri));
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (timedOut.get()) {
        throw new FetchException(uri.getHost() + " did not send the page within "
            + seconds(timeout) + "; nothing was added");
      }
      throw new FetchException("reading " + uri + " failed (" + e.getMessage() + ")");
    } finally {
      watchdog.interrupt();
    }
  }

  private static String tooLarge(URI uri) {
    return "the page at " + uri + " is larger than " + (MAX_BYTES / (1024 * 1024))
        + " MB; no article page is that big, so nothing was added";
  }

  private static String charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String c = p.substring(8).replace("\"", "").strip();
        try {
          return java.nio.charset.Charset.isSupported(c) ? c : null;
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to read from it anyway
    }
  }
}
