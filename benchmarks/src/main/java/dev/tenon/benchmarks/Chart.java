package dev.tenon.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the per-call ratios to hand-written JDBC as grouped bars on a log scale, with the goal
 * (1.10×) as a dashed line. Plain Java2D, headless, so the harness needs no plotting tool.
 */
final class Chart {
  private static final String[] SERIES = {"tenon", "jdbiFluent", "jdbiSqlObject", "jooq"};
  private static final String[] LABELS = {
    "Tenon", "JDBI fluent + reflective mappers", "JDBI SqlObject", "jOOQ DSL, no code generation"
  };
  private static final Color[] COLORS = {
    new Color(0x2b8a3e), new Color(0xd9480f), new Color(0x1c7ed6), new Color(0x862e9c)
  };
  private static final double[] TICKS = {0.5, 1, 2, 5, 10, 20, 50};

  private Chart() {}

  static void draw(List<PerCallRun.Row> rows, Path file, boolean quick) throws IOException {
    System.setProperty("java.awt.headless", "true");
    int width = 1200;
    int height = 520;
    int left = 70;
    int right = 20;
    int top = 60;
    int bottom = 90;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);

    double max = 2;
    for (PerCallRun.Row row : rows) {
      for (String series : SERIES) {
        if (row.has(series)) {
          max = Math.max(max, row.ratio(series));
        }
      }
    }
    double lo = Math.log(0.5);
    double hi = Math.log(max * 1.3);
    int plotHeight = height - top - bottom;
    java.util.function.DoubleToIntFunction y =
        ratio -> top + (int) Math.round(plotHeight * (hi - Math.log(ratio)) / (hi - lo));

    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(
        "Per-call CPU time relative to hand-written JDBC (log scale, lower is better"
            + (quick ? ", quick run)" : ")"),
        left, 25);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (double tick : TICKS) {
      if (Math.log(tick) < lo || Math.log(tick) > hi) {
        continue;
      }
      int ty = y.applyAsInt(tick);
      g.setColor(new Color(0xdddddd));
      g.drawLine(left, ty, width - right, ty);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%s×", tick == (int) tick ? "" + (int) tick : "" + tick), 25, ty + 4);
    }
    int goal = y.applyAsInt(1.10);
    g.setColor(new Color(0x2b8a3e));
    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    g.drawLine(left, goal, width - right, goal);
    g.setStroke(new BasicStroke(1));

    int groups = rows.size();
    double groupWidth = (width - left - right) / (double) groups;
    double barWidth = groupWidth * 0.8 / SERIES.length;
    int base = y.applyAsInt(1.0);
    for (int i = 0; i < groups; i++) {
      PerCallRun.Row row = rows.get(i);
      double x0 = left + i * groupWidth + groupWidth * 0.1;
      for (int s = 0; s < SERIES.length; s++) {
        if (!row.has(SERIES[s])) {
          continue;
        }
        double ratio = row.ratio(SERIES[s]);
        int by = y.applyAsInt(ratio);
        int bx = (int) Math.round(x0 + s * barWidth);
        g.setColor(COLORS[s]);
        g.fillRect(bx, Math.min(by, base), (int) barWidth - 2, Math.abs(base - by));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        String label = String.format(Locale.ROOT, "%.2f", ratio);
        g.drawString(label, bx, Math.min(by, base) - 3);
      }
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      g.drawString(row.db(), (int) (x0 + 4), height - bottom + 18);
      g.drawString(row.scenario(), (int) (x0 + 4), height - bottom + 34);
    }
    g.setColor(Color.BLACK);
    g.drawLine(left, base, width - right, base);
    int lx = left;
    for (int s = 0; s < SERIES.length; s++) {
      g.setColor(COLORS[s]);
      g.fillRect(lx, height - 30, 14, 14);
      g.setColor(Color.BLACK);
      g.drawString(LABELS[s], lx + 20, height - 19);
      lx += 40 + g.getFontMetrics().stringWidth(LABELS[s]);
    }
    g.setColor(new Color(0x2b8a3e));
    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    g.drawLine(lx, height - 23, lx + 24, height - 23);
    g.setColor(Color.BLACK);
    g.drawString("goal: Tenon ≤ 1.10× JDBC", lx + 30, height - 19);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
