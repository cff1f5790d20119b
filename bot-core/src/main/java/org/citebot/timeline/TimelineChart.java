package org.citebot.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.citebot.dates.Precision;
import org.citebot.dates.ReadableDates;

/**
 * Draws a timeline as a PNG with Java2D: events on a horizontal time axis, one marker shape and
 * colour per outlet (with a legend), and short labels (date and first words) for as many dates as
 * fit without overlapping. Long empty stretches (the corpus mentions 1991 and 2023) are cut out of
 * the axis and marked with a break, so that the months that matter are not squeezed together.
 * Stateless and thread-safe.
 */
public final class TimelineChart {

  static {
    // Servers have no display; without this the first Java2D call may try to reach one.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** Gaps longer than this between consecutive dates become a break in the axis. */
  static final int BREAK_AFTER_DAYS = 120;
  public static final int MIN_WIDTH = 300;
  public static final int MIN_HEIGHT = 200;
  public static final int MAX_SIDE = 4000;

  /** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
  private static final Color[] COLOURS = {
      new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000)};
  private static final Color AXIS = new Color(0x333333);
  private static final Color GUIDE = new Color(0xBBBBBB);
  private static final int LANES = 3;
  private static final int LABEL_WORDS = 4;

  private TimelineChart() {}

  /** A PNG of the events with a default title. */
  public static byte[] png(List<TimelineEvent> events, int width, int height) {
    return png(events, width, height, "Timeline: " + events.size() + " dated events");
  }

  /**
   * A PNG of the events.
   *
   * @param events the events, in any order
   * @param width {@value #MIN_WIDTH} to {@value #MAX_SIDE} pixels; 1200 suits chat previews
   * @param height {@value #MIN_HEIGHT} to {@value #MAX_SIDE} pixels; 600 suits chat previews
   * @param title the heading drawn on top
   */
  public static byte[] png(List<TimelineEvent> events, int width, int height, String title) {
    if (width < MIN_WIDTH || width > MAX_SIDE) {
      throw new IllegalArgumentException(
          "illegal width " + width + ", must be between " + MIN_WIDTH + " and " + MAX_SIDE);
    }
    if (height < MIN_HEIGHT || height > MAX_SIDE) {
      throw new IllegalArgumentException(
          "illegal height " + height + ", must be between " + MIN_HEIGHT + " and " + MAX_SIDE);
    }
    List<TimelineEvent> sorted = new ArrayList<>(events);
    sorted.sort(TimelineEvent.CHRONOLOGICAL);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      new Drawing(g, width, height, sorted, title == null ? "" : title).draw();
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer in this Java runtime");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the timeline chart", e);
    }
    return out.toByteArray();
  }

  /** One chart being drawn: layout state that lives only for one call. */
  private static final class Drawing {
    private final Graphics2D g;
    private final int width;
    private final int height;
    private final List<TimelineEvent> events;
    private final String title;
    private final float scale;
    private final Font titleFont;
    private final Font labelFont;
    private final Font tickFont;
    private final Font legendFont;
    private final Map<String, Integer> outletStyle = new LinkedHashMap<>();
    private final List<Segment> segments = new ArrayList<>();
    private final int left;
    private final int right;
    private final int axisY;

    private record Segment(LocalDate first, LocalDate last, double x0, double x1) {}

    Drawing(Graphics2D g, int width, int height, List<TimelineEvent> events, String title) {
      this.g = g;
      this.width = width;
      this.height = height;
      this.events = events;
      this.title = title;
      this.scale = Math.min(width / 1200f, height / 600f);
      this.titleFont = new Font(Font.SANS_SERIF, Font.BOLD, size(26));
      this.labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, size(18));
      this.tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, size(15));
      this.legendFont = new Font(Font.SANS_SERIF, Font.PLAIN, size(17));
      this.left = size(40);
      this.right = width - size(40);
      this.axisY = (int) (height * 0.52);
      for (TimelineEvent e : events) {
        outletStyle.putIfAbsent(e.source().outletOrTitle(), outletStyle.size());
      }
    }

    private int size(int base) {
      return Math.max(9, Math.round(base * scale));
    }

    void draw() {
      g.setColor(AXIS);
      g.setFont(titleFont);
      g.drawString(fit(title, titleFont, width - 2 * left), left, size(36));
      if (events.isEmpty()) {
        g.setFont(labelFont);
        g.drawString("No dated events.", left, axisY);
        return;
      }
      layoutSegments();
      drawAxis();
      drawEvents();
      drawLegend();
    }

    private void layoutSegments() {
      List<List<LocalDate>> groups = new ArrayList<>();
      LocalDate previous = null;
      for (TimelineEvent e : events) {
        LocalDate d = e.date().date();
        if (previous == null || ChronoUnit.DAYS.between(previous, d) > BREAK_AFTER_DAYS) {
          groups.add(new ArrayList<>());
        }
        groups.get(groups.size() - 1).add(d);
        previous = d;
      }
      int breakWidth = size(36);
      double available = right - left - breakWidth * (groups.size() - 1);
      // Each stretch gets room by its length, but even a single day gets a fair share.
      double[] weights = new double[groups.size()];
      double sum = 0;
      for (int i = 0; i < groups.size(); i++) {
        List<LocalDate> grp = groups.get(i);
        weights[i] = Math.max(ChronoUnit.DAYS.between(grp.get(0), grp.get(grp.size() - 1)), 45);
        sum += weights[i];
      }
      double x = left;
      for (int i = 0; i < groups.size(); i++) {
        double w = available * weights[i] / sum;
        List<LocalDate> grp = groups.get(i);
        segments.add(new Segment(grp.get(0), grp.get(grp.size() - 1), x, x + w));
        x += w + breakWidth;
      }
    }

    private double x(LocalDate d) {
      for (Segment s : segments) {
        if (!d.isBefore(s.first()) && !d.isAfter(s.last())) {
          double pad = Math.min(size(14), (s.x1() - s.x0()) / 2);
          long span = ChronoUnit.DAYS.between(s.first(), s.last());
          if (span == 0) {
            return (s.x0() + s.x1()) / 2;
          }
          return s.x0() + pad
              + (s.x1() - s.x0() - 2 * pad) * ChronoUnit.DAYS.between(s.first(), d) / span;
        }
      }
      throw new IllegalStateException("date " + d + " outside the axis");
    }

    private void drawAxis() {
      g.setStroke(new BasicStroke(size(3)));
      g.setColor(AXIS);
      g.setFont(tickFont);
      FontMetrics fm = g.getFontMetrics();
      double lastTickEnd = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < segments.size(); i++) {
        Segment s = segments.get(i);
        g.setStroke(new BasicStroke(size(3)));
        g.draw(new Line2D.Double(s.x0(), axisY, s.x1(), axisY));
        g.setStroke(new BasicStroke(Math.max(1.5f, 2 * scale)));
        if (i > 0) {
          // A break: two slanted strokes between stretches of the axis.
          double bx = (segments.get(i - 1).x1() + s.x0()) / 2;
          int h = size(9);
          g.draw(new Line2D.Double(bx - size(10), axisY + h, bx - size(2), axisY - h));
          g.draw(new Line2D.Double(bx + size(2), axisY + h, bx + size(10), axisY - h));
        }
        for (LocalDate tick : ticks(s)) {
          double tx = x(tick);
          String text = ChronoUnit.DAYS.between(s.first(), s.last()) == 0 && tick.getDayOfYear() == 1
              ? Integer.toString(tick.getYear()) : ReadableDates.shortMonth(tick);
          int tw = fm.stringWidth(text);
          if (tx - tw / 2.0 < lastTickEnd + size(10)) {
            continue;
          }
          g.draw(new Line2D.Double(tx, axisY - size(5), tx, axisY + size(5)));
          g.drawString(text, (float) Math.max(0, tx - tw / 2.0), axisY + size(24));
          lastTickEnd = tx + tw / 2.0;
        }
      }
    }

    /** Month starts within a stretch, or the stretch's single date. */
    private List<LocalDate> ticks(Segment s) {
      List<LocalDate> out = new ArrayList<>();
      LocalDate m = s.first().withDayOfMonth(1);
      if (m.isBefore(s.first())) {
        m = m.plusMonths(1);
      }
      for (; !m.isAfter(s.last()); m = m.plusMonths(1)) {
        out.add(m);
      }
      if (out.isEmpty()) {
        out.add(s.first());
      }
      return out;
    }

    private void drawEvents() {
      int marker = size(14);
      Map<LocalDate, List<TimelineEvent>> byDate = new LinkedHashMap<>();
      for (TimelineEvent e : events) {
        byDate.computeIfAbsent(e.date().date(), d -> new ArrayList<>()).add(e);
      }
      byDate.forEach((d, sameDay) -> {
        for (int n = 0; n < sameDay.size(); n++) {
          TimelineEvent e = sameDay.get(n);
          int style = outletStyle.get(e.source().outletOrTitle());
          g.setColor(COLOURS[style % COLOURS.length]);
          g.fill(shape(style, x(d), axisY - (n + 0.5) * marker * 1.1 - size(4), marker));
        }
      });
      // Labels go first to the dates most often reported (what the sources agree matters), then
      // to exact days, then in date order; a label that fits in no lane is left out.
      List<LocalDate> order = new ArrayList<>(byDate.keySet());
      order.sort(Comparator.comparingInt((LocalDate d) -> -byDate.get(d).size())
          .thenComparing(d -> byDate.get(d).get(0).date().precision())
          .thenComparing(d -> d));
      int laneHeight = size(40);
      List<List<double[]>> lanes = new ArrayList<>();
      for (int i = 0; i < 2 * LANES; i++) {
        lanes.add(new ArrayList<>());
      }
      g.setFont(labelFont);
      FontMetrics fm = g.getFontMetrics();
      for (LocalDate d : order) {
        TimelineEvent e = byDate.get(d).get(0);
        double x = x(d);
        double markerTop = axisY - byDate.get(d).size() * marker * 1.1 - size(4);
        String text = label(e);
        int tw = fm.stringWidth(text);
        double lx = Math.min(Math.max(x - size(6), left / 2.0), width - tw - size(4));
        for (int lane = 0; lane < lanes.size(); lane++) {
          if (fits(lanes.get(lane), lx, lx + tw)) {
            lanes.get(lane).add(new double[] {lx, lx + tw + size(12)});
            boolean above = lane % 2 == 0;
            int level = lane / 2 + 1;
            double ly = above ? axisY - size(60) - level * laneHeight
                : axisY + size(40) + level * laneHeight;
            g.setColor(GUIDE);
            g.setStroke(new BasicStroke(1));
            g.draw(new Line2D.Double(x, above ? ly + size(4) : axisY + size(8), x,
                above ? markerTop : ly - fm.getAscent()));
            g.setColor(AXIS);
            g.drawString(text, (float) lx, (float) ly);
            break;
          }
        }
      }
    }

    private static boolean fits(List<double[]> lane, double from, double to) {
      for (double[] r : lane) {
        if (from < r[1] && r[0] < to) {
          return false;
        }
      }
      return true;
    }

    /**
     * "23 Apr 2023: Baku opened a…": the date, then the sentence's first words; when the sentence
     * opens with its date ("On 23 April, Baku…"), the words after it, so the date is not repeated.
     */
    private static String label(TimelineEvent e) {
      String date = e.date().precision() == Precision.DAY ? ReadableDates.shortDay(e.date().date())
          : e.label();
      String sentence = e.text();
      int at = e.expression().start() - e.sentence().start();
      String before = sentence.substring(0, at).strip();
      String words = before.split("\\s+").length <= 2
          ? sentence.substring(at + e.expression().length()) : sentence;
      String[] w = words.replaceFirst("^[\\s,;:.\u2013-]+", "").strip().split("\\s+");
      StringBuilder b = new StringBuilder(date).append(": ");
      for (int i = 0; i < Math.min(LABEL_WORDS, w.length); i++) {
        b.append(i == 0 ? "" : " ").append(w[i]);
      }
      if (w.length > LABEL_WORDS) {
        b.append('\u2026');
      }
      return b.toString();
    }

    private static Shape shape(int style, double x, double y, double s) {
      double h = s / 2;
      return switch (style / COLOURS.length % 5 == 0 ? style % 5 : (style + 1) % 5) {
        case 0 -> new Ellipse2D.Double(x - h, y - h, s, s);
        case 1 -> new Rectangle2D.Double(x - h * 0.9, y - h * 0.9, s * 0.9, s * 0.9);
        case 2 -> polygon(new double[] {x, x + h, x - h}, new double[] {y - h, y + h, y + h});
        case 3 -> polygon(new double[] {x, x + h, x, x - h}, new double[] {y - h, y, y + h, y});
        default -> polygon(new double[] {x - h, x + h, x}, new double[] {y - h, y - h, y + h});
      };
    }

    private static Shape polygon(double[] xs, double[] ys) {
      Path2D.Double p = new Path2D.Double();
      p.moveTo(xs[0], ys[0]);
      for (int i = 1; i < xs.length; i++) {
        p.lineTo(xs[i], ys[i]);
      }
      p.closePath();
      return p;
    }

    private void drawLegend() {
      g.setFont(legendFont);
      FontMetrics fm = g.getFontMetrics();
      int marker = size(14);
      double x = left;
      double y = height - size(18);
      for (Map.Entry<String, Integer> o : outletStyle.entrySet()) {
        String name = fit(o.getKey(), legendFont, width / 3);
        double w = marker + size(8) + fm.stringWidth(name) + size(26);
        if (x + w > right && x > left) {
          x = left;
          y -= fm.getHeight();
        }
        g.setColor(COLOURS[o.getValue() % COLOURS.length]);
        g.fill(shape(o.getValue(), x + marker / 2.0, y - fm.getAscent() / 2.0 + 2, marker));
        g.setColor(AXIS);
        g.drawString(name, (float) (x + marker + size(8)), (float) y);
        x += w;
      }
    }

    /** The text, cut with an ellipsis to fit a width. */
    private String fit(String text, Font font, int maxWidth) {
      FontMetrics fm = g.getFontMetrics(font);
      if (fm.stringWidth(text) <= maxWidth) {
        return text;
      }
      String t = text;
      while (!t.isEmpty() && fm.stringWidth(t + "\u2026") > maxWidth) {
        t = t.substring(0, t.length() - 1);
      }
      return t.strip() + "\u2026";
    }
  }
}
