package org.ecmh.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** PNG charts of a report: ingest throughput, search p95, and cost per family when a scale run was made. */
public final class Plots {

	private static final int WIDTH = 1000;
	private static final int HEIGHT = 560;
	private static final String CEILING = "PostgreSQL ceiling";

	private Plots() {}

	public static void write(BenchReport report, Path dir) throws IOException {
		System.setProperty("java.awt.headless", "true");
		// Log scale: the PostgreSQL ceiling is orders of magnitude above both servers.
		JFreeChart ingest = bars("W1 ingest", "resources / s", ingest(report));
		CategoryPlot plot = ingest.getCategoryPlot();
		LogAxis logAxis = new LogAxis("resources / s (log scale)");
		logAxis.setTickUnit(new NumberTickUnit(1));
		logAxis.setNumberFormatOverride(new DecimalFormat("#,##0"));
		plot.setRangeAxis(logAxis);
		((BarRenderer) plot.getRenderer()).setBase(1);
		save(ingest, dir.resolve("ingest.png"));
		save(bars("W2 searches, W3 $validate and W4 scoring, p95", "ms (p95)", latencies(report)),
				dir.resolve("latency-p95.png"));
		if (!report.scale().isEmpty()) {
			save(scale(report.scale()), dir.resolve("scale.png"));
		}
	}

	private static DefaultCategoryDataset ingest(BenchReport report) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ServerFigures server : report.servers()) {
			server.workloads().stream().filter(w -> w.workload().startsWith("W1"))
					.forEach(w -> data.addValue(w.resourcesPerSecond(), server.server(), label(server.database(), w.workload())));
		}
		report.ceiling().forEach(w -> data.addValue(w.resourcesPerSecond(), CEILING, label("PostgreSQL", w.workload())));
		return data;
	}

	private static DefaultCategoryDataset latencies(BenchReport report) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ServerFigures server : report.servers()) {
			server.workloads().stream().filter(w -> !w.workload().startsWith("W1"))
					.forEach(w -> data.addValue(w.p95Ms(), server.server(), label(server.database(), w.workload())));
		}
		return data;
	}

	private static String label(String database, String workload) {
		return database + ": " + workload.replaceFirst("^W\\d ", "");
	}

	private static JFreeChart bars(String title, String axis, DefaultCategoryDataset data) {
		JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL, true, false, false);
		chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		return chart;
	}

	private static JFreeChart scale(List<ScaleFigures> runs) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (ScaleFigures run : runs) {
			XYSeries series = new XYSeries(run.server() + " on " + run.database());
			run.checkpoints().forEach(c -> series.add(c.families(), c.cpuMsPerFamily()));
			data.addSeries(series);
		}
		return ChartFactory.createXYLineChart("Cost per family as the database grows", "families written",
				"CPU ms per family (server + database)", data, PlotOrientation.VERTICAL, true, false, false);
	}

	private static void save(JFreeChart chart, Path file) throws IOException {
		ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
	}
}
