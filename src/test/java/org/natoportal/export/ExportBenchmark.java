package org.natoportal.export;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.natoportal.PortalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Exports a million timeline events over HTTP from a fresh embedded PostgreSQL and
 * reports rows per second and peak heap. Not a test: run it with a capped heap through
 * {@code ./mvnw -Pbenchmark verify} (see the README, "Performance").
 * <p>
 * The portal and this client share the JVM, so the heap figures are an upper bound of
 * what the export needs: the client only counts the bytes it receives.
 */
public final class ExportBenchmark {

	private static final int EVENTS = Integer.getInteger("benchmark.events", 1_000_000);

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("portal-benchmark-");
		AtomicLong peakAfterGc = watchHeapAfterEachGc();
		// As command-line arguments, which win over application.properties: a fresh
		// embedded database, whatever PORTAL_DB_URL or PORTAL_DATA_DIR say.
		String[] properties = { "--server.port=0", "--spring.datasource.url=",
				"--portal.embedded-db.directory=" + data.resolve("postgres"), "--spring.main.banner-mode=off",
				"--logging.level.root=warn" };
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class)
			.run(properties)) {
			JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
			insertEvents(jdbc);
			long rows = jdbc.queryForObject("select count(*) from timeline_event", Long.class);
			String url = "http://localhost:" + portal.getEnvironment().getProperty("local.server.port")
					+ "/reports/timeline-events.csv";
			System.gc();
			Thread.sleep(500); // GC notifications arrive on another thread
			resetPeaks();
			peakAfterGc.set(0);
			long start = System.nanoTime();
			long[] received = download(url);
			double seconds = (System.nanoTime() - start) / 1e9;
			long peakPools = peakHeapPools();
			long lines = received[1];
			report(rows, lines, received[0], seconds, peakPools, peakAfterGc.get());
			if (lines < rows + 1) {
				throw new IllegalStateException("expected " + (rows + 1) + " lines, received " + lines);
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(data);
		}
	}

	/** The seed's events plus EVENTS more, in one statement run by the server. */
	private static void insertEvents(JdbcTemplate jdbc) {
		long start = System.nanoTime();
		jdbc.update(
				"""
						insert into timeline_event (id, country_id, event_date, kind, title_en, title_fr, description_en, source)
						select 10000000 + g,
						       (select array_agg(id order by id) from country)[1 + g % 54],
						       case g % 3 when 0 then (1950 + g % 75)::text
						                  when 1 then (1950 + g % 75)::text || '-' || lpad((1 + g % 12)::text, 2, '0')
						                  else (1950 + g % 75)::text || '-' || lpad((1 + g % 12)::text, 2, '0')
						                       || '-' || lpad((1 + g % 28)::text, 2, '0') end,
						       (array['JOINED_FRAMEWORK','PROGRAMME','OPERATION_CONTRIBUTION','AGREEMENT','MILESTONE'])[1 + g % 5],
						       'Benchmark event ' || g || ', with "quotes", commas and accents: été',
						       'Événement de test ' || g,
						       case when g % 10 = 0 then '=formula ' || g end,
						       'https://example.org/benchmark/' || g
						from generate_series(1, ?) g""",
				EVENTS);
		jdbc.execute("analyze timeline_event");
		System.out.printf("Inserted %,d events in %.1f s%n", EVENTS, (System.nanoTime() - start) / 1e9);
	}

	/** Reads the whole response: bytes and lines received. */
	private static long[] download(String url) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode());
		}
		long bytes = 0;
		long lines = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream body = response.body()) {
			for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
				bytes += read;
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		return new long[] { bytes, lines };
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

	private static void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** The sum of each heap pool's peak: garbage not yet collected included. */
	private static long peakHeapPools() {
		return heapPools().stream().map(MemoryPoolMXBean::getPeakUsage).mapToLong(MemoryUsage::getUsed).sum();
	}

	/** The largest heap in use right after a collection: what the export really holds. */
	private static AtomicLong watchHeapAfterEachGc() {
		AtomicLong peak = new AtomicLong();
		List<String> heap = heapPools().stream().map(MemoryPoolMXBean::getName).toList();
		for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
					long used = info.getGcInfo()
						.getMemoryUsageAfterGc()
						.entrySet()
						.stream()
						.filter((pool) -> heap.contains(pool.getKey()))
						.mapToLong((pool) -> pool.getValue().getUsed())
						.sum();
					peak.accumulateAndGet(used, Math::max);
				}
			}, null, null);
		}
		return peak;
	}

	private static void report(long rows, long lines, long bytes, double seconds, long peakPools, long peakAfterGc)
			throws IOException {
		long maxHeap = Runtime.getRuntime().maxMemory();
		String text = """
				Export benchmark: /reports/timeline-events.csv
				  rows in the database   %,d
				  lines received         %,d (header included)
				  bytes received         %,d (%.1f MB)
				  time                   %.1f s
				  rows per second        %,.0f
				  max heap (-Xmx)        %d MB
				  peak heap (pools)      %d MB
				  peak heap after GC     %d MB
				  java                   %s
				""".formatted(rows, lines, bytes, bytes / 1e6, seconds, rows / seconds, maxHeap >> 20, peakPools >> 20,
				peakAfterGc >> 20, System.getProperty("java.version"));
		System.out.print(text);
		Path target = Path.of("target");
		if (Files.isDirectory(target)) {
			Files.writeString(target.resolve("benchmark.txt"), text, StandardCharsets.UTF_8);
		}
	}

}
