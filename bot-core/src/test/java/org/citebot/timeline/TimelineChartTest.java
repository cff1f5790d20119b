package org.citebot.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

  private static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, "not a decodable image");
    return image;
  }

  /** Distinct colours in the image, to tell a drawn chart from a blank canvas. */
  private static long colours(BufferedImage image) {
    return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
        .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()))
        .distinct().count();
  }

  @Test
  void png_defaultCorpusTimeline_isADecodableImageOfTheRequestedSize() throws IOException {
    List<TimelineEvent> events =
        new TimelineService(DefaultCorpusFixture.index()).events(Optional.empty());

    byte[] png = TimelineChart.png(events, 1200, 600);

    BufferedImage image = decode(png);
    assertEquals(1200, image.getWidth());
    assertEquals(600, image.getHeight());
    assertTrue(colours(image) > 20, "the chart looks blank");
  }

  @Test
  void png_noEvents_stillDrawsAnImage() throws IOException {
    BufferedImage image = decode(TimelineChart.png(List.of(), 640, 320, "Timeline: nothing"));

    assertEquals(640, image.getWidth());
    assertEquals(320, image.getHeight());
  }

  @Test
  void png_sizeOutOfRange_isRejectedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimelineChart.png(List.of(), 10, 600));

    assertEquals("illegal width 10, must be between 300 and 4000", e.getMessage());
  }
}
