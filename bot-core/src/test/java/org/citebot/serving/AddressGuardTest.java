package org.citebot.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fetch guard's one decision, by literal addresses: no name is resolved, no site reached. */
class AddressGuardTest {

  private static final InetAddress HOST_PUBLIC = address("203.0.114.7");
  private final AddressGuard guard = new AddressGuard(() -> Set.of(HOST_PUBLIC));

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(literal, e);
    }
  }

  private String refusal(String literal) {
    InetAddress a = address(literal);
    return guard.check(a).map(r -> r.describe(a)).orElse("<allowed>");
  }

  @Test
  void check_addressesFromTheProbe_areRefusedSayingWhatTheyAre() {
    assertEquals("a loopback address (127.0.0.1 inside 0:0:0:0:0:0:7f00:1, IPv4-compatible)",
        refusal("::127.0.0.1"));
    assertEquals("a loopback address (127.0.0.1 inside 64:ff9b:0:0:0:0:7f00:1, NAT64)",
        refusal("64:ff9b::7f00:1"));
    assertEquals("a benchmarking (198.18.0.0/15) address (198.18.0.1)", refusal("198.18.0.1"));
    assertEquals("a benchmarking (198.18.0.0/15) address (198.19.255.254)",
        refusal("198.19.255.254"));
    assertEquals("a broadcast address (255.255.255.255)", refusal("255.255.255.255"));
    assertEquals("one of this host's own addresses (203.0.114.7)", refusal("203.0.114.7"));
  }

  @Test
  void check_ipv4CarriedInIpv6_isJudgedByTheIpv4Inside() {
    assertEquals("a private (10.0.0.0/8) address (10.1.2.3 inside 2002:a01:203:0:0:0:0:1, 6to4)",
        refusal("2002:0a01:0203::1"));
    assertEquals("a link-local address (169.254.169.254 inside 64:ff9b:0:0:0:0:a9fe:a9fe,"
        + " NAT64)", refusal("64:ff9b::169.254.169.254"));
    assertEquals("one of this host's own addresses (203.0.114.7 inside 64:ff9b:0:0:0:0:cb00:7207,"
        + " NAT64)", refusal("64:ff9b::203.0.114.7"));
    // Java reads ::ffff:a.b.c.d as the IPv4 address itself; judged all the same.
    assertEquals("a loopback address (127.0.0.1)", refusal("::ffff:127.0.0.1"));
    assertEquals("<allowed>", refusal("64:ff9b::93.184.216.34"));
    assertEquals("<allowed>", refusal("2002:5db8:d822::1"));
  }

  @Test
  void check_everyNonGlobalIpv4Range_isRefused() {
    for (String literal : List.of("0.0.0.0", "0.1.2.3", "10.0.0.1", "100.64.0.1",
        "100.127.255.254", "127.0.0.1", "127.255.0.1", "169.254.1.1", "172.16.0.1",
        "172.31.255.255", "192.0.0.8", "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.51.100.1",
        "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.254")) {
      assertTrue(guard.check(address(literal)).isPresent(), literal + " passed the guard");
    }
  }

  @Test
  void check_everyNonGlobalIpv6Range_isRefused() {
    for (String literal : List.of("::", "::1", "::10.0.0.1", "64:ff9b:1::1", "100::1",
        "2001::1", "2001:db8::1", "3fff::1", "5f00::1", "fc00::1", "fd12:3456::1", "fe80::1",
        "fec0::1", "ff02::1", "4000::1", "::2:0:0:1")) {
      assertTrue(guard.check(address(literal)).isPresent(), literal + " passed the guard");
    }
  }

  @Test
  void check_publicAddresses_areAllowed() {
    for (String literal : List.of("93.184.216.34", "1.1.1.1", "8.8.8.8", "100.63.255.255",
        "100.128.0.1", "172.15.255.255", "172.32.0.1", "192.0.0.9", "192.0.0.10",
        "198.17.255.255", "198.20.0.1", "223.255.255.255", "2606:4700:4700::1111",
        "2a00:1450:4001:82a::200e", "2001:4:112::1", "2001:4860:4860::8888")) {
      assertEquals(Optional.empty(), guard.check(address(literal)), literal);
    }
  }

  @Test
  void interfaceAddresses_holdLoopback() {
    assertTrue(AddressGuard.interfaceAddresses().stream()
        .anyMatch(InetAddress::isLoopbackAddress));
  }

  @Test
  void fetch_guardAddressesAsUrls_areRefusedNamingTheSetting() {
    PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(1), false, guard);
    for (String url : List.of("http://[::127.0.0.1]/", "http://[64:ff9b::7f00:1]/",
        "http://198.18.0.1/", "http://255.255.255.255/", "http://203.0.114.7:8080/")) {
      FetchException e = org.junit.jupiter.api.Assertions.assertThrows(FetchException.class,
          () -> fetcher.fetch(url));
      assertTrue(e.getMessage().startsWith("refusing to fetch " + url + ": "), e.getMessage());
      assertTrue(e.getMessage().endsWith("not a public web site (set"
          + " CITEBOT_ALLOW_PRIVATE_URLS=true to allow addresses that are not public)"),
          e.getMessage());
    }
  }
}
