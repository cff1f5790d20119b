package org.citebot.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.citebot.chat.ChatAdapter;

/**
 * Whether the process can take questions: the index is loaded, every configured adapter is
 * connected, and no stop has begun. Thread safe; read by {@code /readyz}.
 */
public final class Readiness {

  private volatile boolean indexLoaded;
  private volatile boolean stopping;
  /** Adapter name to the running adapter, or to null while it is still starting. */
  private final Map<String, Holder> adapters = new ConcurrentHashMap<>();

  private record Holder(ChatAdapter adapter) {}

  public void indexLoaded() {
    indexLoaded = true;
  }

  /** An adapter that is configured and will be started. */
  public void expect(String name) {
    adapters.putIfAbsent(name, new Holder(null));
  }

  /** An adapter that has started; ready once {@link ChatAdapter#isReady()} says so. */
  public void started(ChatAdapter adapter) {
    adapters.put(adapter.name(), new Holder(adapter));
  }

  public void stopping() {
    stopping = true;
  }

  /** What keeps the process from being ready, e.g. ["index loading", "discord not connected"]. */
  public List<String> notReady() {
    List<String> out = new ArrayList<>();
    if (stopping) {
      out.add("stopping");
    }
    if (!indexLoaded) {
      out.add("index loading");
    }
    adapters.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      ChatAdapter a = e.getValue().adapter();
      if (a == null) {
        out.add(e.getKey() + " starting");
      } else if (!isReady(a)) {
        out.add(e.getKey() + " not connected");
      }
    });
    return out;
  }

  public boolean isReady() {
    return notReady().isEmpty();
  }

  private static boolean isReady(ChatAdapter a) {
    try {
      return a.isReady();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
