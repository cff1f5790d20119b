package org.citebot.serving;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides whether a resolved address may be fetched for a moderator: only globally reachable
 * unicast addresses may. An IPv6 address that carries an IPv4 one (IPv4-mapped, IPv4-compatible,
 * NAT64 and 6to4) is judged by the IPv4 address inside, since that is where a connection may end.
 * Refused are the ranges of the IANA IPv4 and IPv6 Special-Purpose Address Registries that are
 * not globally reachable, multicast, broadcast, the IPv6 space outside global unicast
 * ({@code 2000::/3}), and the addresses of the host's own interfaces (a public address of the
 * host reaches its loopback services just as well).
 */
final class AddressGuard {

  /**
   * Why an address is refused.
   *
   * @param kind what the address is, in words ("loopback", "benchmarking (198.18.0.0/15)")
   * @param judged the IPv4 address found inside an IPv6 one, or null when judged as it is
   * @param wrapping how the IPv4 address was carried ("IPv4-mapped", "NAT64"), or null
   */
  record Refusal(String kind, InetAddress judged, String wrapping) {
    Refusal {
      Objects.requireNonNull(kind, "kind");
    }

    /** "a loopback address (127.0.0.1 inside ::ffff:7f00:1, IPv4-mapped)". */
    String describe(InetAddress address) {
      String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
      String detail = judged == null ? address.getHostAddress()
          : judged.getHostAddress() + " inside " + address.getHostAddress() + ", " + wrapping;
      return kind.equals(OWN) ? "one of this host's own addresses (" + detail + ")"
          : article + kind + " address (" + detail + ")";
    }
  }

  /** A range of addresses and what it is. */
  private record Range(byte[] prefix, int bits, String kind) {
    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != prefix[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[full] & mask) == (prefix[full] & mask);
    }
  }

  /**
   * IPv4 ranges that are not globally reachable, from the IANA IPv4 Special-Purpose Address
   * Registry (its "Globally Reachable: False" rows), plus multicast and limited broadcast.
   * 192.0.0.9/32 and 192.0.0.10/32 are global in that registry and listed as exceptions below.
   */
  private static final List<Range> IPV4 = List.of(
      range("0.0.0.0", 32, "unspecified"),
      range("0.0.0.0", 8, "\"this network\" (0.0.0.0/8)"),
      range("10.0.0.0", 8, "private (10.0.0.0/8)"),
      range("100.64.0.0", 10, "shared carrier-grade NAT (100.64.0.0/10)"),
      range("127.0.0.0", 8, "loopback"),
      range("169.254.0.0", 16, "link-local"),
      range("172.16.0.0", 12, "private (172.16.0.0/12)"),
      range("192.0.0.0", 24, "IETF protocol assignment (192.0.0.0/24)"),
      range("192.0.2.0", 24, "documentation (192.0.2.0/24)"),
      range("192.88.99.0", 24, "deprecated 6to4 relay anycast (192.88.99.0/24)"),
      range("192.168.0.0", 16, "private (192.168.0.0/16)"),
      range("198.18.0.0", 15, "benchmarking (198.18.0.0/15)"),
      range("198.51.100.0", 24, "documentation (198.51.100.0/24)"),
      range("203.0.113.0", 24, "documentation (203.0.113.0/24)"),
      range("224.0.0.0", 4, "multicast"),
      range("255.255.255.255", 32, "broadcast"),
      range("240.0.0.0", 4, "reserved (240.0.0.0/4)"));

  private static final List<Range> IPV4_GLOBAL_EXCEPTIONS = List.of(
      range("192.0.0.9", 32, "Port Control Protocol anycast"),
      range("192.0.0.10", 32, "TURN anycast"));

  /**
   * IPv6 ranges that are not globally reachable, from the IANA IPv6 Special-Purpose Address
   * Registry, with the deprecated site-local range; ranges that carry IPv4 are unwrapped before
   * these are consulted. Anything outside 2000::/3 is refused as well (below).
   */
  private static final List<Range> IPV6 = List.of(
      range("::1", 128, "loopback"),
      range("::", 128, "unspecified"),
      range("64:ff9b:1::", 48, "local-use NAT64 (64:ff9b:1::/48)"),
      range("100::", 64, "discard-only (100::/64)"),
      range("2001:db8::", 32, "documentation (2001:db8::/32)"),
      range("2001::", 23, "IETF protocol assignment (2001::/23, e.g. Teredo)"),
      range("3fff::", 20, "documentation (3fff::/20)"),
      range("5f00::", 16, "segment routing (5f00::/16)"),
      range("fc00::", 7, "unique local (private, fc00::/7)"),
      range("fe80::", 10, "link-local"),
      range("fec0::", 10, "site-local (deprecated, fec0::/10)"),
      range("ff00::", 8, "multicast"));

  /** The global rows inside 2001::/23. */
  private static final List<Range> IPV6_GLOBAL_EXCEPTIONS = List.of(
      range("2001:1::1", 128, "Port Control Protocol anycast"),
      range("2001:1::2", 128, "TURN anycast"),
      range("2001:3::", 32, "AMT"),
      range("2001:4:112::", 48, "AS112-v6"));

  private static final Range GLOBAL_UNICAST = range("2000::", 3, "global unicast");
  private static final Range NAT64 = range("64:ff9b::", 96, "NAT64");
  private static final Range SIX_TO_FOUR = range("2002::", 16, "6to4");

  private static final String OWN = "own";

  private final Supplier<Set<InetAddress>> ownAddresses;

  /** A guard that also refuses the addresses of this host's network interfaces. */
  AddressGuard() {
    this(AddressGuard::interfaceAddresses);
  }

  /**
   * @param ownAddresses this host's addresses, asked at each check (interfaces come and go)
   */
  AddressGuard(Supplier<Set<InetAddress>> ownAddresses) {
    this.ownAddresses = Objects.requireNonNull(ownAddresses, "ownAddresses");
  }

  /** Why {@code address} must not be fetched, or empty when it may. */
  Optional<Refusal> check(InetAddress address) {
    Objects.requireNonNull(address, "address");
    byte[] b = address.getAddress();
    if (b.length == 4) {
      return checkV4(b, null, null).or(() -> own(address, null, null));
    }
    Optional<InetAddress> inner = Optional.empty();
    String wrapping = null;
    if (isMapped(b)) {
      inner = v4(b, 12);
      wrapping = "IPv4-mapped";
    } else if (isCompatible(b)) {
      inner = v4(b, 12);
      wrapping = "IPv4-compatible";
    } else if (NAT64.contains(b)) {
      inner = v4(b, 12);
      wrapping = "NAT64";
    } else if (SIX_TO_FOUR.contains(b)) {
      inner = v4(b, 2);
      wrapping = "6to4";
    }
    if (inner.isPresent()) {
      InetAddress v4 = inner.get();
      String how = wrapping;
      return checkV4(v4.getAddress(), v4, how)
          .or(() -> own(v4, v4, how))
          .or(() -> own(address, null, null));
    }
    for (Range r : IPV6_GLOBAL_EXCEPTIONS) {
      if (r.contains(b)) {
        return own(address, null, null);
      }
    }
    for (Range r : IPV6) {
      if (r.contains(b)) {
        return Optional.of(new Refusal(r.kind(), null, null));
      }
    }
    if (!GLOBAL_UNICAST.contains(b)) {
      return Optional.of(new Refusal("reserved (outside global unicast 2000::/3)", null, null));
    }
    return own(address, null, null);
  }

  private static Optional<Refusal> checkV4(byte[] b, InetAddress judged, String wrapping) {
    for (Range r : IPV4_GLOBAL_EXCEPTIONS) {
      if (r.contains(b)) {
        return Optional.empty();
      }
    }
    for (Range r : IPV4) {
      if (r.contains(b)) {
        return Optional.of(new Refusal(r.kind(), judged, wrapping));
      }
    }
    return Optional.empty();
  }

  private Optional<Refusal> own(InetAddress address, InetAddress judged, String wrapping) {
    for (InetAddress mine : ownAddresses.get()) {
      if (java.util.Arrays.equals(mine.getAddress(), address.getAddress())) {
        return Optional.of(new Refusal(OWN, judged, wrapping));
      }
    }
    return Optional.empty();
  }

  /** ::ffff:a.b.c.d (Java turns most of these into IPv4 already; not all, e.g. in scopes). */
  private static boolean isMapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }

  /** ::a.b.c.d (deprecated), other than :: and ::1, which are judged as IPv6. */
  private static boolean isCompatible(byte[] b) {
    for (int i = 0; i < 12; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
  }

  private static Optional<InetAddress> v4(byte[] b, int from) {
    try {
      return Optional.of(InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2],
          b[from + 3]}));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }

  private static Range range(String literal, int bits, String kind) {
    try {
      // Literals only: getByName does not resolve them. IPv4-mapped literals would come back as
      // IPv4, so none is listed.
      InetAddress a = InetAddress.getByName(literal);
      if ((a instanceof Inet4Address && bits > 32) || (a instanceof Inet6Address && bits > 128)) {
        throw new IllegalArgumentException("prefix length " + bits + " too long for " + literal);
      }
      return new Range(a.getAddress(), bits, kind);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an address literal: " + literal, e);
    }
  }

  /** Every address of every network interface of this host; none when they cannot be listed. */
  static Set<InetAddress> interfaceAddresses() {
    Set<InetAddress> out = new HashSet<>();
    try {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        out.addAll(Collections.list(ni.getInetAddresses()));
      }
    } catch (SocketException e) {
      // Without the list the ranges above still hold; a public address of this host would pass.
    }
    return out;
  }
}
