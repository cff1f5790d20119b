package org.citebot.ops;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/**
 * citebot's Logback encoder: readable lines ({@code text}) or one JSON object per line
 * ({@code json}), with the process's secrets ({@link SecretMask}) blanked out of whatever any
 * library logged. Used by {@code logback.xml} and by {@link LogSetup}.
 */
public final class MaskingEncoder extends EncoderBase<ILoggingEvent> {

  /** The readable line format. */
  public static final String TEXT_PATTERN =
      "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

  private String format = "text";
  private Encoder<ILoggingEvent> encoder;

  /** {@code text} (default) or {@code json}; Logback sets it from {@code <format>}. */
  public void setFormat(String format) {
    this.format = format;
  }

  @Override
  public void start() {
    encoder = switch (format) {
      case "json" -> json();
      case "text" -> text();
      default -> {
        addWarn("unknown log format [" + format + "], must be text or json; using text");
        yield text();
      }
    };
    encoder.setContext(getContext());
    encoder.start();
    super.start();
  }

  private static Encoder<ILoggingEvent> text() {
    PatternLayoutEncoder e = new PatternLayoutEncoder();
    e.setPattern(TEXT_PATTERN);
    return e;
  }

  private static Encoder<ILoggingEvent> json() {
    JsonEncoder e = new JsonEncoder();
    e.setWithSequenceNumber(false);
    e.setWithNanoseconds(false);
    e.setWithContext(false);
    // Arguments are in the formatted message already; listing them again doubles every value.
    e.setWithArguments(false);
    e.setWithMessage(false);
    e.setWithFormattedMessage(true);
    return e;
  }

  @Override
  public void stop() {
    if (encoder != null) {
      encoder.stop();
    }
    super.stop();
  }

  @Override
  public byte[] headerBytes() {
    return encoder.headerBytes();
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    byte[] bytes = encoder.encode(event);
    if (bytes == null) {
      return null;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String masked = SecretMask.mask(text);
    return masked.equals(text) ? bytes : masked.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] footerBytes() {
    return encoder.footerBytes();
  }
}
