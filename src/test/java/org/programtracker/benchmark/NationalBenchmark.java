package org.programtracker.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.programtracker.support.ReadModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench/run}: the whole country on one modest server. Starts the application's jar
 * ({@code benchmark.jar}) in its own JVM with {@code -Xmx512m} on its embedded
 * PostgreSQL, writes the {@link NationalDataSet national data set} into it, then measures
 * over HTTP: each request alone (p50 and p95 of its runs after a warm-up) beside the
 * plain SQL aggregate that answers the same question from the raw tables in the same
 * database and the same run, and then 50 reading clients and 10 clients saving grids at
 * once. Every figure the API answers is compared with the plain SQL's, and every save is
 * read back at once. The last line says how many targets were met.
 *
 * <p>
 * Not part of {@code verify}: run {@code bench/run}; {@code -Dbenchmark.seed},
 * {@code -Dbenchmark.seconds} (of the concurrent run) and {@code -Dbenchmark.runs} change
 * the defaults (2025, 60 and 30).
 */
class NationalBenchmark {

	private static final int YEAR = 2026;

	/**
	 * The quarter read: the last one with entries everywhere.
	 */
	private static final int QUARTER = 3;

	/**
	 * The quarter the writers enter, the open one.
	 */
	private static final int WRITTEN_QUARTER = 4;

	private static final int READERS = 50;

	private static final int WRITERS = 10;

	private static final int GRID_LINES = 30;

	private static final int WARM_UP_ROUNDS = 15;

	private static final long HEAP_LIMIT = 512L * 1024 * 1024;

	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

	private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value)=\"([^\"]*)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int runs = Integer.getInteger("benchmark.runs", 30);

	private final List<Result> results = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private int httpPort;

	private Process app;

	private Connection db;

	@Test
	void shouldServeTheWholeCountryWithinTheTargets() throws Exception {
		Path jar = jar();
		Path work = Path.of("target", "bench");
		deleteRecursively(work.resolve("pg"));
		Files.createDirectories(work);
		int dbPort = freePort();
		this.httpPort = freePort();
		this.app = new ProcessBuilder("java", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString(),
				"--app.embedded-db.data-dir=" + work.resolve("pg").toAbsolutePath(), "--app.embedded-db.port=" + dbPort,
				"--server.port=" + this.httpPort, "--app.demo.reorganisation=false")
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("application.log").toFile())
			.start();
		try {
			awaitUp(this.app, Duration.ofMinutes(5));
			this.db = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres",
					"");
			long seed = Long.getLong("benchmark.seed", 2025);
			long started = System.nanoTime();
			NationalDataSet.generate(this.db, seed);
			String header = String.format(
					"Program Tracker, the whole country: %s; generated (seed %d) in %,d s; "
							+ "%d cores, application -Xmx512m on its embedded PostgreSQL",
					NationalDataSet.sizes(this.db), seed, (System.nanoTime() - started) / 1_000_000_000,
					Runtime.getRuntime().availableProcessors());
			System.out.println(header);
			checkReadModel("the read model equals the raw rows, generated");
			measure();
			checkReadModel("  ... and after the concurrent run");
			report(header, work.resolve("results.txt"));
		}
		finally {
			if (this.db != null) {
				this.db.close();
			}
			this.app.destroy();
			if (!this.app.waitFor(60, TimeUnit.SECONDS)) {
				this.app.destroyForcibly();
			}
		}
	}

	private void measure() throws Exception {
		Client admin = Client.signedIn(this.httpPort, "admin");
		Client province = Client.signedIn(this.httpPort, "bench.province");
		Client commune = Client.signedIn(this.httpPort, "bench.commune");
		String period = "year=" + YEAR + "&quarter=" + QUARTER;
		Read apiCountry = new Read("progress API, whole country", admin, "/api/v1/progress?" + period, 100, "/VN/");
		Read apiProvince = new Read("progress API, a province", province, "/api/v1/progress?" + period, 30, "/VN/P01/");
		Read apiCommune = new Read("progress API, a commune", commune, "/api/v1/progress?" + period, 15,
				"/VN/P11/P11_X001/");
		Read dashboardCountry = new Read("dashboard, whole country", admin, "/dashboard?" + period, 300, "/VN/");
		Read dashboardProvince = new Read("dashboard, a province", province, "/dashboard?" + period, 100, "/VN/P01/");
		Read dashboardCommune = new Read("dashboard, a commune", commune, "/dashboard?" + period, 50,
				"/VN/P11/P11_X001/");
		Read dashboardDefault = new Read("dashboard, a commune, default period", commune, "/dashboard", 50,
				"/VN/P11/P11_X001/");
		Read pdfProvince = new Read("summary PDF, a province", province, "/reports/summary.pdf?" + period, 1000, null);
		List<Read> reads = List.of(apiCountry, apiProvince, apiCommune, dashboardCountry, dashboardProvince,
				dashboardCommune, dashboardDefault, pdfProvince);

		// the server's code warmed up as a day of use would have (the JIT compiles what
		// runs often), before any request is timed: five runs of one request just before
		// its own measure left the first requests measured at three times their steady
		// time
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			for (Read read : reads) {
				read.send();
			}
		}
		for (Read read : reads) {
			this.results.add(measure(read));
		}
		checkApiFigures(List.of(apiCountry, apiProvince, apiCommune));

		List<Writer> writers = new ArrayList<>();
		for (int i = 1; i <= WRITERS; i++) {
			writers.add(new Writer(Client.signedIn(this.httpPort, "bench.writer%02d".formatted(i)),
					"P%02d_X001".formatted(i)));
		}
		this.results.add(measureSave(writers.get(0)));
		this.results.add(measureImport(admin, 10_000));

		List<Read> mix = new ArrayList<>();
		addTimes(mix, apiCommune, 6);
		addTimes(mix, dashboardCommune, 4);
		addTimes(mix, dashboardDefault, 2);
		addTimes(mix, apiProvince, 3);
		addTimes(mix, dashboardProvince, 3);
		addTimes(mix, apiCountry, 1);
		addTimes(mix, dashboardCountry, 1);
		mix.add(pdfProvince);
		loadTest(mix, writers, Integer.getInteger("benchmark.seconds", 60));
	}

	/**
	 * A read's p50 and p95 over {@code benchmark.runs} runs after five to warm up (ten
	 * runs when a warm-up run took more than a second), and the p95 of its plain SQL.
	 */
	private Result measure(Read read) throws Exception {
		int warmUp = 5;
		long slowest = 0;
		for (int i = 0; i < warmUp; i++) {
			long started = System.nanoTime();
			read.send();
			slowest = Math.max(slowest, elapsed(started));
		}
		int times = (slowest > 1000) ? Math.min(this.runs, 10) : this.runs;
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			long started = System.nanoTime();
			read.send();
			millis.add(elapsed(started));
		}
		Long sqlP95 = null;
		if (read.subtree() != null) {
			PlainSql plain = new PlainSql(this.db, read.subtree(), YEAR, QUARTER);
			boolean defaultPeriod = read.name().endsWith("default period");
			boolean page = !read.path().startsWith("/api/");
			for (int i = 0; i < warmUp; i++) {
				plain.answer(page, defaultPeriod);
			}
			List<Long> sqlMillis = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				long started = System.nanoTime();
				plain.answer(page, defaultPeriod);
				sqlMillis.add(elapsed(started));
			}
			sqlP95 = percentile(sqlMillis, 95);
		}
		return Result.timed(read.name(), percentile(millis, 50), percentile(millis, 95), read.targetMillis(), sqlP95);
	}

	/**
	 * Every row of the read model against its recomputation from the raw rows
	 * ({@link ReadModel}), in one snapshot.
	 */
	private void checkReadModel(String name) throws SQLException {
		List<String> mismatches = new ArrayList<>();
		try (PreparedStatement statement = this.db.prepareStatement(ReadModel.MISMATCHES);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				mismatches.add(rows.getString(1));
			}
		}
		this.results.add(Result.check(name,
				mismatches.isEmpty() ? "every line and period equal" : "differ: " + String.join("; ", mismatches),
				"equal", mismatches.isEmpty()));
	}

	/**
	 * The API's figures, every program and capital type, against the plain SQL's.
	 */
	private void checkApiFigures(List<Read> apiReads) throws Exception {
		for (Read read : apiReads) {
			Map<String, BigDecimal[]> answered = ApiFigures.of(read.client().get(read.path()).body());
			Map<String, BigDecimal[]> plain = new PlainSql(this.db, read.subtree(), YEAR, QUARTER).byProgram();
			boolean same = ApiFigures.same(answered, plain);
			this.results.add(Result.check(read.name() + ": figures equal the plain SQL's",
					same ? answered.size() + " programs × capital types equal"
							: "differ: " + ApiFigures.format(answered) + " vs " + ApiFigures.format(plain),
					"equal", same));
		}
	}

	private Result measureSave(Writer writer) throws Exception {
		for (int i = 0; i < 5; i++) {
			writer.save();
		}
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < this.runs; i++) {
			millis.add(writer.save());
		}
		return Result.timed("grid save, " + GRID_LINES + " lines", percentile(millis, 50), percentile(millis, 95), 100,
				null);
	}

	/**
	 * A sheet of {@code rows} amounts of the open quarter for the first lines of the
	 * country, imported through the import page end to end (upload and preview, then the
	 * confirmation), new amounts each time so that every row is written: once to warm up,
	 * then three times.
	 */
	private Result measureImport(Client admin, int rows) throws Exception {
		List<Object[]> lines = new ArrayList<>();
		try (PreparedStatement statement = this.db.prepareStatement("""
				select u.code, p.code, c.code, pl.capital_type, pl.funding_source, pl.origin_year
				from plan_line pl join org_unit u on u.id = pl.org_unit_id join program p on p.id = pl.program_id
				join program_component c on c.id = pl.component_id
				where u.path like '/VN/P%' and pl.plan_year = ? order by pl.id limit ?
				""")) {
			statement.setInt(1, YEAR);
			statement.setInt(2, rows);
			try (ResultSet found = statement.executeQuery()) {
				while (found.next()) {
					lines.add(new Object[] { found.getString(1), found.getString(2), found.getString(3),
							found.getString(4), found.getString(5), found.getInt(6) });
				}
			}
		}
		List<Long> millis = new ArrayList<>();
		for (int run = 1; run <= 4; run++) {
			Object[][] sheet = new Object[lines.size()][];
			for (int i = 0; i < sheet.length; i++) {
				Object[] line = lines.get(i);
				sheet[i] = new Object[] { line[0], line[1], line[2], line[3], line[4], line[5], run, "", "",
						"Số đo của bench/run" };
			}
			long started = System.nanoTime();
			try {
				admin.importSheet("/imports?year=" + YEAR + "&quarter=" + WRITTEN_QUARTER,
						org.programtracker.support.DisbursementSheets.sheet(sheet));
			}
			catch (IllegalStateException ex) {
				return Result.check("import of %,d rows, end to end".formatted(lines.size()),
						"failed after %,d ms: %s".formatted(elapsed(started), ex.getMessage()), "5000 ms", false);
			}
			if (run > 1) {
				millis.add(elapsed(started));
			}
		}
		return Result.timed("import of %,d rows, end to end".formatted(lines.size()), percentile(millis, 50),
				percentile(millis, 95), 5000, null);
	}

	/**
	 * {@value #READERS} clients reading {@code mix} and {@value #WRITERS} clients saving
	 * grids for {@code seconds}; each save is read back through the API at once.
	 */
	private void loadTest(List<Read> mix, List<Writer> writers, int seconds) throws Exception {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicInteger reads = new AtomicInteger();
		AtomicInteger readErrors = new AtomicInteger();
		AtomicInteger saves = new AtomicInteger();
		AtomicInteger saveErrors = new AtomicInteger();
		AtomicInteger staleReads = new AtomicInteger();
		AtomicLong maxHeap = new AtomicLong();
		Map<String, AtomicInteger> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();
		List<Long> readMillis = Collections.synchronizedList(new ArrayList<>());
		List<Long> saveMillis = Collections.synchronizedList(new ArrayList<>());
		ExecutorService clients = Executors.newFixedThreadPool(READERS + WRITERS + 1);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < READERS; i++) {
				int first = i;
				running.add(clients.submit(() -> {
					for (int n = first; System.nanoTime() < end; n++) {
						long started = System.nanoTime();
						try {
							mix.get(n % mix.size()).send();
							readMillis.add(elapsed(started));
							reads.incrementAndGet();
						}
						catch (Exception | AssertionError ex) {
							readErrors.incrementAndGet();
							errorKinds.computeIfAbsent(String.valueOf(ex.getMessage()), (kind) -> new AtomicInteger())
								.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Writer writer : writers) {
				running.add(clients.submit(() -> {
					while (System.nanoTime() < end) {
						try {
							saveMillis.add(writer.save());
							saves.incrementAndGet();
							if (!writer.readsBackWhatItSaved(this.db)) {
								staleReads.incrementAndGet();
							}
						}
						catch (Exception | AssertionError ex) {
							saveErrors.incrementAndGet();
							errorKinds.computeIfAbsent(String.valueOf(ex.getMessage()), (kind) -> new AtomicInteger())
								.incrementAndGet();
						}
					}
					return null;
				}));
			}
			running.add(clients.submit(() -> {
				while (System.nanoTime() < end) {
					maxHeap.accumulateAndGet(heapUsed(this.app), Math::max);
					Thread.sleep(1000);
				}
				return null;
			}));
			for (Future<?> client : running) {
				client.get();
			}
		}
		finally {
			clients.shutdownNow();
		}
		double perSecond = reads.get() / (double) seconds;
		errorKinds.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, AtomicInteger> kind) -> kind.getValue().get()).reversed())
			.limit(5)
			.forEach((kind) -> this.notes.add("  errors: %,d × %s".formatted(kind.getValue().get(), kind.getKey())));
		this.results.add(
				Result
					.check("%d readers and %d writers for %d s: errors".formatted(READERS, WRITERS, seconds),
							"%d of %,d reads, %d of %,d saves".formatted(readErrors.get(), reads.get(),
									saveErrors.get(), saves.get()),
							"0", readErrors.get() == 0 && saveErrors.get() == 0));
		this.results.add(Result.check(
				"  reads per second", "%,.0f/s (p50 %d ms, p95 %d ms; saves p95 %d ms)".formatted(perSecond,
						percentile(readMillis, 50), percentile(readMillis, 95), percentile(saveMillis, 95)),
				"≥ 300/s", perSecond >= 300));
		this.results.add(Result.check("  a read right after each save shows it",
				"%d of %,d saves read back stale".formatted(staleReads.get(), saves.get()), "0",
				staleReads.get() == 0 && saves.get() > 0));
		this.results.add(Result.check("  heap used, at most", "%,d MB".formatted(maxHeap.get() / 1024 / 1024),
				"≤ 512 MB", maxHeap.get() > 0 && maxHeap.get() <= HEAP_LIMIT));
	}

	/**
	 * The application's heap in use, as {@code jcmd GC.heap_info} reports it (asked of
	 * the JVM, so that a busy connection pool cannot hide it).
	 */
	private static long heapUsed(Process app) throws IOException, InterruptedException {
		Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
		Process info = new ProcessBuilder(jcmd.toString(), Long.toString(app.pid()), "GC.heap_info")
			.redirectErrorStream(true)
			.start();
		String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		info.waitFor();
		Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(text);
		return used.find() ? Long.parseLong(used.group(1)) * 1024 : 0;
	}

	private void report(String header, Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("");
		lines.add(header);
		lines.add("");
		lines.add(String.format("%-46s %8s %8s %8s %9s %6s", "request", "p50", "p95", "target", "SQL p95", "ratio"));
		int met = 0;
		int targets = 0;
		for (Result result : this.results) {
			lines.add(result.line());
			met += result.met();
			targets += result.targets();
		}
		lines.addAll(this.notes);
		lines.add("");
		lines
			.add("ratio: the request's p95 over the p95 of the plain SQL aggregate that answers the same question from "
					+ "the raw tables (target ≤ 1.0)");
		lines.add("%d of %d targets met".formatted(met, targets));
		Files.write(file, lines, StandardCharsets.UTF_8);
		lines.forEach(System.out::println);
	}

	private static void addTimes(List<Read> mix, Read read, int times) {
		for (int i = 0; i < times; i++) {
			mix.add(read);
		}
	}

	private static long elapsed(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

	static long percentile(List<Long> values, int percent) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(Comparator.naturalOrder());
		return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
	}

	private Path jar() throws IOException {
		String configured = System.getProperty("benchmark.jar", "");
		if (!configured.isBlank()) {
			return Path.of(configured);
		}
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("program-tracker-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no jar in target: run ./mvnw package first"));
		}
	}

	private void awaitUp(Process app, Duration timeout) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (!app.isAlive()) {
				throw new IllegalStateException("the application stopped: see target/bench/application.log");
			}
			try {
				HttpResponse<String> health = http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.httpPort + "/actuator/health"))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("the application did not start within " + timeout);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/**
	 * A user's HTTP client: signed in with a session (for the pages) and holding a
	 * personal API token (for the API, which would otherwise check a password hash on
	 * every request).
	 */
	static final class Client {

		private final HttpClient http;

		private final int port;

		private String token;

		private Client(int port) {
			this.port = port;
			this.http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
		}

		static Client signedIn(int port, String username) throws IOException, InterruptedException {
			Client client = new Client(port);
			String form = "username=" + encode(username) + "&password=demo&_csrf="
					+ encode(csrfOf(client.get("/login").body()));
			HttpResponse<String> answer = client.post("/login", form);
			if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException(username + " could not sign in: " + answer.statusCode());
			}
			String basic = "Basic "
					+ Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
			// without the session's cookie, which would make it a browser's form needing
			// a CSRF token
			HttpResponse<String> created = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(client.uri("/api/v1/tokens"))
					.header("Authorization", basic)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench/run\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (created.statusCode() != 201) {
				throw new IllegalStateException(username + " got no API token: " + created.body());
			}
			client.token = JSON.readTree(created.body()).get("token").asString();
			return client;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
			if (path.startsWith("/api/")) {
				request.header("Authorization", "Bearer " + this.token);
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
			if (path.startsWith("/api/")) {
				request.header("Authorization", "Bearer " + this.token);
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/**
		 * Uploads a sheet on the import page ({@code path}), then confirms its preview.
		 */
		void importSheet(String path, byte[] file) throws IOException, InterruptedException {
			String boundary = "bench" + System.nanoTime();
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
					+ csrfOf(get(path).body()) + "\r\n--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\"\r\n"
					+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> preview = this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(preview.body());
			if (preview.statusCode() != 200 || !token.find()) {
				throw new IllegalStateException("the import's preview offers no confirmation: " + preview.statusCode());
			}
			HttpResponse<String> confirmed = post(path.replace("/imports?", "/imports/confirm?"),
					"token=" + encode(token.group(1)) + "&_csrf=" + encode(csrfOf(preview.body())));
			// kept, the page redirects to the import page; refused, it shows the problems
			String location = confirmed.headers().firstValue("Location").orElse("");
			if (confirmed.statusCode() / 100 != 3 || !location.contains("/imports")) {
				throw new IllegalStateException(
						"the import was not confirmed: " + confirmed.statusCode() + " " + location);
			}
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

	}

	/**
	 * A request that reads figures, its target for the p95, and the subtree whose figures
	 * it answers (for the plain SQL), {@code null} when none is compared.
	 */
	record Read(String name, Client client, String path, long targetMillis, String subtree) {

		void send() throws IOException, InterruptedException {
			HttpResponse<byte[]> answer = this.client.getBytes(this.path);
			if (answer.statusCode() != 200) {
				throw new AssertionError(this.path + " answered " + answer.statusCode());
			}
		}

	}

	/**
	 * An accountant of one commune who saves its grid of the open quarter: the page read
	 * (not timed), {@value #GRID_LINES} amounts changed, the form posted back as the
	 * browser posts it (timed, up to the redirect that says it was saved).
	 */
	static final class Writer {

		private final Client client;

		private final String commune;

		private int round;

		Writer(Client client, String commune) {
			this.client = client;
			this.commune = commune;
		}

		long save() throws IOException, InterruptedException {
			String path = "/disbursements?orgUnit=" + this.commune + "&year=" + YEAR + "&quarter=" + WRITTEN_QUARTER;
			String page = this.client.get(path).body();
			int start = page.indexOf("id=\"grid-form\"");
			String form = page.substring(start, page.indexOf("</form>", start));
			this.round++;
			StringBuilder body = new StringBuilder();
			Matcher inputs = INPUT.matcher(form);
			while (inputs.find()) {
				Map<String, String> attributes = new HashMap<>();
				Matcher attribute = ATTRIBUTE.matcher(inputs.group());
				while (attribute.find()) {
					attributes.put(attribute.group(1), unescape(attribute.group(2)));
				}
				String name = attributes.get("name");
				if (name == null) {
					continue;
				}
				String value = attributes.getOrDefault("value", "");
				Matcher row = Pattern.compile("rows\\[(\\d+)\\]\\.(amount|note)").matcher(name);
				if (row.matches() && Integer.parseInt(row.group(1)) < GRID_LINES) {
					int index = Integer.parseInt(row.group(1));
					value = row.group(2).equals("amount") ? Integer.toString((this.round * 7 + index) % 90 + 1)
							: "Số đo của bench/run";
				}
				body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(value));
			}
			long started = System.nanoTime();
			HttpResponse<String> answer = this.client.post(path, body.toString());
			long millis = elapsed(started);
			if (answer.statusCode() != 302) {
				throw new AssertionError(this.commune + "'s grid was not saved: " + answer.statusCode());
			}
			return millis;
		}

		/**
		 * Whether the API, asked right after the save, answers what the raw rows hold.
		 */
		boolean readsBackWhatItSaved(Connection db) throws Exception {
			HttpResponse<String> answer = this.client
				.get("/api/v1/progress?year=" + YEAR + "&quarter=" + WRITTEN_QUARTER + "&orgUnit=" + this.commune);
			if (answer.statusCode() != 200) {
				throw new AssertionError("the read after the save answered " + answer.statusCode());
			}
			Map<String, BigDecimal[]> answered = ApiFigures.of(answer.body());
			Map<String, BigDecimal[]> plain;
			synchronized (db) {
				plain = new PlainSql(db, "%/" + this.commune + "/", YEAR, WRITTEN_QUARTER).byProgram();
			}
			return ApiFigures.same(answered, plain);
		}

	}

	/**
	 * The progress API's answer as plan and disbursed per program and capital type, its
	 * rows and carried-over rows added.
	 */
	static final class ApiFigures {

		private ApiFigures() {
		}

		static Map<String, BigDecimal[]> of(String json) {
			JsonNode answer = JSON.readTree(json);
			Map<String, BigDecimal[]> figures = new HashMap<>();
			for (String list : new String[] { "rows", "carriedOver" }) {
				for (JsonNode row : answer.path(list)) {
					BigDecimal[] sums = figures.computeIfAbsent(
							row.get("program").asString() + " " + row.get("capitalType").asString(),
							(key) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
					sums[0] = sums[0].add(row.get("planVnd").decimalValue());
					sums[1] = sums[1].add(row.get("disbursedVnd").decimalValue());
					sums[2] = sums[2].add(row.get("assignedVnd").decimalValue());
				}
			}
			figures.values().removeIf(ApiFigures::none);
			return figures;
		}

		static boolean same(Map<String, BigDecimal[]> left, Map<String, BigDecimal[]> right) {
			if (!left.keySet().equals(right.keySet())) {
				return false;
			}
			return left.entrySet()
				.stream()
				.allMatch((entry) -> entry.getValue()[0].compareTo(right.get(entry.getKey())[0]) == 0
						&& entry.getValue()[1].compareTo(right.get(entry.getKey())[1]) == 0
						&& entry.getValue()[2].compareTo(right.get(entry.getKey())[2]) == 0);
		}

		/**
		 * Whether a program and capital type has no plan, no entry and nothing assigned.
		 */
		static boolean none(BigDecimal[] sums) {
			return Stream.of(sums).allMatch((sum) -> sum.signum() == 0);
		}

		static String format(Map<String, BigDecimal[]> figures) {
			StringBuilder text = new StringBuilder();
			figures.forEach((key, sums) -> text.append(key)
				.append(' ')
				.append(Stream.of(sums).map(BigDecimal::toPlainString).toList())
				.append("; "));
			return text.toString();
		}

	}

	/**
	 * The same questions asked directly of the raw tables: the decisions dated up to the
	 * quarter's last day and the entries of its quarters, summed per program and capital
	 * type, with the assignments dated up to that day that the subtree received from
	 * outside itself, and for a page also per child unit (and, for the default period,
	 * the latest quarter with entries).
	 */
	static final class PlainSql {

		private static final String LINES = """
				with lines as (
				    select pl.id, pl.program_id, pl.capital_type, u.path
				    from plan_line pl join org_unit u on u.id = pl.org_unit_id
				    where pl.plan_year = ? and u.path like ?
				), planned as (
				    select a.plan_line_id, sum(a.amount_vnd) as vnd
				    from allocation a join lines l on l.id = a.plan_line_id
				    where a.decision_date <= ? group by 1
				), disbursed as (
				    select d.plan_line_id, sum(d.amount_vnd) as vnd
				    from disbursement d join lines l on l.id = d.plan_line_id
				    where d.quarter <= ? group by 1
				)
				""";

		private final Connection db;

		private final String subtree;

		private final int year;

		private final int quarter;

		PlainSql(Connection db, String subtree, int year, int quarter) {
			this.db = db;
			this.subtree = subtree;
			this.year = year;
			this.quarter = quarter;
		}

		void answer(boolean page, boolean defaultPeriod) throws SQLException {
			if (defaultPeriod) {
				latestQuarterWithEntries();
			}
			byProgram();
			if (page) {
				byChildUnit();
			}
		}

		Map<String, BigDecimal[]> byProgram() throws SQLException {
			Map<String, BigDecimal[]> figures = new LinkedHashMap<>();
			try (PreparedStatement statement = prepare(LINES + """
					select p.code || ' ' || l.capital_type, coalesce(sum(pd.vnd), 0), coalesce(sum(d.vnd), 0)
					from lines l join program p on p.id = l.program_id
					left join planned pd on pd.plan_line_id = l.id left join disbursed d on d.plan_line_id = l.id
					group by 1
					"""); ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					figures.put(rows.getString(1),
							new BigDecimal[] { rows.getBigDecimal(2), rows.getBigDecimal(3), BigDecimal.ZERO });
				}
			}
			try (PreparedStatement statement = this.db.prepareStatement("""
					select p.code || ' ' || a.capital_type, sum(a.amount_vnd)
					from assignment a
					join program p on p.id = a.program_id
					join org_unit t on t.id = a.org_unit_id
					left join org_unit f on f.id = a.from_unit_id
					where a.plan_year = ? and a.decision_date <= ? and t.path like ?
					  and (f.path is null or f.path not like ?)
					group by 1
					""")) {
				statement.setInt(1, this.year);
				statement.setObject(2, quarterEnd());
				statement.setString(3, this.subtree + "%");
				statement.setString(4, this.subtree + "%");
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						figures.computeIfAbsent(rows.getString(1), (key) -> new BigDecimal[] { BigDecimal.ZERO,
								BigDecimal.ZERO, BigDecimal.ZERO })[2] = rows.getBigDecimal(2);
					}
				}
			}
			figures.values().removeIf(ApiFigures::none);
			return figures;
		}

		private java.time.LocalDate quarterEnd() {
			return java.time.LocalDate.of(this.year, this.quarter * 3, 1).plusMonths(1).minusDays(1);
		}

		private void byChildUnit() throws SQLException {
			try (PreparedStatement statement = prepare(LINES + """
					select split_part(substr(l.path, length(?) + 1), '/', 1), l.capital_type,
					       coalesce(sum(pd.vnd), 0), coalesce(sum(d.vnd), 0)
					from lines l
					left join planned pd on pd.plan_line_id = l.id left join disbursed d on d.plan_line_id = l.id
					group by 1, 2
					""")) {
				statement.setString(5, this.subtree);
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						rows.getBigDecimal(3);
					}
				}
			}
		}

		private void latestQuarterWithEntries() throws SQLException {
			try (PreparedStatement statement = this.db.prepareStatement("""
					select max(pl.plan_year * 10 + d.quarter)
					from disbursement d join plan_line pl on pl.id = d.plan_line_id
					join org_unit u on u.id = pl.org_unit_id where u.path like ?
					""")) {
				statement.setString(1, this.subtree + "%");
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
				}
			}
		}

		private PreparedStatement prepare(String sql) throws SQLException {
			PreparedStatement statement = this.db.prepareStatement(sql);
			statement.setInt(1, this.year);
			statement.setString(2, this.subtree + "%");
			statement.setObject(3, quarterEnd());
			statement.setInt(4, this.quarter);
			return statement;
		}

	}

	/**
	 * One line of the results: a timed request (its p95 against its target, and its ratio
	 * to the plain SQL, each a target) or a check.
	 */
	record Result(String name, String p50, String p95, String target, String sqlP95, String ratio, int met,
			int targets) {

		static Result timed(String name, long p50, long p95, long target, Long sqlP95) {
			int met = (p95 <= target) ? 1 : 0;
			int targets = 1;
			String ratio = "";
			if (sqlP95 != null) {
				double value = p95 / (double) Math.max(1, sqlP95);
				ratio = String.format("%.2f", value);
				targets++;
				met += (value <= 1.0) ? 1 : 0;
			}
			return new Result(name, p50 + " ms", p95 + " ms", target + " ms", (sqlP95 == null) ? "" : sqlP95 + " ms",
					ratio, met, targets);
		}

		static Result check(String name, String value, String target, boolean met) {
			return new Result(name, value, "", target, "", "", met ? 1 : 0, 1);
		}

		String line() {
			String verdict = (this.met == this.targets) ? "ok" : "MISSED";
			if (this.p95.isEmpty()) {
				return String.format("%-46s %s (target %s)  %s", this.name, this.p50, this.target, verdict);
			}
			return String.format("%-46s %8s %8s %8s %9s %6s  %s", this.name, this.p50, this.p95, this.target,
					this.sqlP95, this.ratio, verdict);
		}

	}

	private static String csrfOf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return csrf.group(1);
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
