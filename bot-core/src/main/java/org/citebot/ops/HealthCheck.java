package org.citebot.ops;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;

/**
 * The container health check: GETs {@code /healthz} of the bot in the same container and exits 0
 * when it answers 200, else 1. The runtime image has no curl, but it has Java.
 */
public final class HealthCheck {

  private HealthCheck() {}

  public static void main(String[] args) {
    System.exit(check(System.getenv()));
  }

  /** Exit status: 0 healthy, 1 not. */
  static int check(Map<String, String> env) {
    URI uri;
    try {
      uri = uri(Settings.of(env));
    } catch (ConfigException e) {
      System.err.println("healthcheck: " + e.getMessage());
      return 1;
    }
    if (uri == null) {
      System.err.println("healthcheck: " + ConfigKeys.HTTP_ADDR.name() + "=off, nothing to check");
      return 1;
    }
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri)
          .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        return 0;
      }
      System.err.println("healthcheck: " + uri + " answered " + r.statusCode());
    } catch (Exception e) {
      System.err.println("healthcheck: " + uri + " failed: " + e);
    }
    return 1;
  }

  /** The health URL for the configured address; a wildcard bind is checked on loopback. */
  static URI uri(Settings settings) {
    InetSocketAddress a = OpsConfig.httpAddress(settings);
    if (a == null) {
      return null;
    }
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1"
        : OpsHttpServer.display(new InetSocketAddress(a.getAddress(), a.getPort()))
            .replaceAll(":" + a.getPort() + "$", "");
    return URI.create("http://" + host + ":" + a.getPort() + OpsHttpServer.HEALTH_PATH);
  }
}
