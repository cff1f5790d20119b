package org.citebot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the configured log format and level to Logback, and routes {@code java.util.logging}
 * (Lucene, OkHttp) through SLF4J so that every line has one format and passes the secret mask.
 */
public final class LogSetup {

  private static final Logger LOG = LoggerFactory.getLogger(LogSetup.class);

  private LogSetup() {}

  /**
   * Replaces the root logger's appenders with one that writes {@code format} to standard error
   * (standard output belongs to the console chat), and sets the root level.
   */
  public static void apply(LogFormat format, String level) {
    installJulBridge();
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      LOG.warn("logging is not done by Logback here; {} and {} are not applied",
          ConfigKeys.LOG_FORMAT.name(), ConfigKeys.LOG_LEVEL.name());
      return;
    }
    MaskingEncoder encoder = new MaskingEncoder();
    encoder.setContext(context);
    encoder.setFormat(format == LogFormat.JSON ? "json" : "text");
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName("console");
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAndStopAllAppenders();
    root.addAppender(appender);
    root.setLevel(Level.toLevel(level, Level.INFO));
  }

  /**
   * Sends {@code java.util.logging} records to SLF4J, replacing the JUL console handler. Without
   * it Lucene's start-up notice about the vector module would bypass format and level.
   */
  public static synchronized void installJulBridge() {
    java.util.logging.Logger julRoot = LogManager.getLogManager().getLogger("");
    for (Handler h : julRoot.getHandlers()) {
      if (h instanceof JulBridge) {
        return;
      }
    }
    for (Handler h : julRoot.getHandlers()) {
      julRoot.removeHandler(h);
    }
    julRoot.addHandler(new JulBridge());
  }

  /** A JUL handler that writes to the SLF4J logger of the same name. */
  static final class JulBridge extends Handler {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      if (record == null) {
        return;
      }
      Logger log = LoggerFactory.getLogger(
          record.getLoggerName() == null ? "jul" : record.getLoggerName());
      String message = formatter.formatMessage(record);
      Throwable thrown = record.getThrown();
      int level = record.getLevel().intValue();
      if (level >= java.util.logging.Level.SEVERE.intValue()) {
        log.error(message, thrown);
      } else if (level >= java.util.logging.Level.WARNING.intValue()) {
        log.warn(message, thrown);
      } else if (level >= java.util.logging.Level.INFO.intValue()) {
        log.info(message, thrown);
      } else if (level >= java.util.logging.Level.FINE.intValue()) {
        log.debug(message, thrown);
      } else {
        log.trace(message, thrown);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
