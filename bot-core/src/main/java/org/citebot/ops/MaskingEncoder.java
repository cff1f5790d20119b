package org.citebot.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/**
 * A Logback encoder that wraps another (pattern or JSON) and blanks out the process's secrets
 * ({@link SecretMask}) in what it writes. Configured in {@code logback.xml} and by
 * {@link LogSetup}.
 */
public final class MaskingEncoder extends EncoderBase<ILoggingEvent> {

  private Encoder<ILoggingEvent> encoder;

  /** The encoder whose output is masked (Logback sets it from the nested {@code <encoder>}). */
  public void setEncoder(Encoder<ILoggingEvent> encoder) {
    this.encoder = encoder;
  }

  @Override
  public void start() {
    if (encoder == null) {
      addError("MaskingEncoder needs a nested <encoder>");
      return;
    }
    if (!encoder.isStarted()) {
      encoder.start();
    }
    super.start();
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
    return masked == text ? bytes : masked.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] footerBytes() {
    return encoder.footerBytes();
  }
}
