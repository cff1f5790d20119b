package org.citebot.serving;

import java.util.Objects;
import java.util.function.Consumer;
import org.citebot.text.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CorpusAdmin} port over a {@link CorpusManager}: turns each action's result into a
 * message for the moderator and writes it to the audit log. Never throws for bad input.
 */
public final class CorpusModerator implements CorpusAdmin {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusModerator.class);

  private final CorpusManager manager;
  private final AuditLog audit;

  public CorpusModerator(CorpusManager manager, AuditLog audit) {
    this.manager = Objects.requireNonNull(manager, "manager");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  @Override
  public Outcome refresh(Actor actor) {
    return run(actor, "refresh", manager.corpusDir().toString(), () -> {
      RefreshReport r = manager.refresh();
      return new Done(r.summary(), refreshResult(r));
    });
  }

  /**
   * Records a refresh that already happened (the one made when the corpus was opened), so that
   * the audit log has every refresh a moderator asked for.
   */
  public Outcome refreshed(Actor actor, RefreshReport r) {
    audit.record(actor, "refresh", manager.corpusDir().toString(), refreshResult(r));
    return new Outcome(true, r.summary());
  }

  private static String refreshResult(RefreshReport r) {
    return "ok: " + r.articles() + " articles, " + r.added().size() + " added, "
        + r.updated().size() + " updated, " + r.removed().size() + " removed, "
        + r.skipped().size() + " skipped";
  }

  @Override
  public Outcome addUrl(Actor actor, String url) {
    return run(actor, "add-url", String.valueOf(url), () -> added(manager.addUrl(url)));
  }

  @Override
  public Outcome addFile(Actor actor, String fileName, byte[] bytes) {
    return run(actor, "add-file", String.valueOf(fileName),
        () -> added(manager.addFile(fileName, bytes == null ? new byte[0] : bytes)));
  }

  @Override
  public Outcome addText(Actor actor, String text) {
    return run(actor, "add-text", "(pasted text)", () -> added(manager.addText(text)));
  }

  @Override
  public Outcome remove(Actor actor, String articleId) {
    return run(actor, "remove", String.valueOf(articleId), () -> {
      CorpusManager.Removed r = manager.remove(articleId);
      return new Done("Removed " + r.id() + " (its file is in the trash: " + r.trashed()
          + ").\n" + r.report().summary(), "ok: removed " + r.id() + " to " + r.trashed());
    });
  }

  @Override
  public void onNewSource(Consumer<Source> listener) {
    manager.onNewSource(listener);
  }

  private static Done added(CorpusManager.Added a) {
    return new Done("Added " + a.source().id() + ": " + CorpusAdmin.describe(a.source()) + ".\n"
        + a.report().summary(), "ok: added " + a.source().id());
  }

  private record Done(String message, String auditResult) {}

  private interface Action {
    Done run() throws AdminException;
  }

  private Outcome run(Actor actor, String action, String target, Action a) {
    try {
      Done d = a.run();
      audit.record(actor, action, target, d.auditResult());
      return new Outcome(true, d.message());
    } catch (AdminException e) {
      audit.record(actor, action, target, "refused: " + e.getMessage());
      return new Outcome(false, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("{} of {} by a {} moderator failed", action, target, actor.platform(), e);
      audit.record(actor, action, target, "error: " + e);
      return new Outcome(false, "Sorry, " + action + " failed because of an internal error; "
          + "nothing was changed. The log has the details.");
    }
  }
}
