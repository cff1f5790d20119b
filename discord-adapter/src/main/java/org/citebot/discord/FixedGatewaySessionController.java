package org.citebot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** Connects to a configured gateway (a proxy, or a local fake in tests) instead of Discord's. */
final class FixedGatewaySessionController extends ConcurrentSessionController {

  private final String gatewayUrl;

  FixedGatewaySessionController(String gatewayUrl) {
    this.gatewayUrl = gatewayUrl;
  }

  @Override
  public String getGateway() {
    return gatewayUrl;
  }

  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    return new ShardedGateway(gatewayUrl, 1);
  }
}
