package org.programtracker.reliability;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.disbursement.GridConflictException;
import org.programtracker.kernel.ConflictException;
import org.programtracker.disbursement.GridInput;
import org.programtracker.disbursement.GridService;
import org.programtracker.period.Quarter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty writers at once on what does not exist yet: the first entry of a quarter (over
 * the API), the first decision of a plan line (over the API) and the first save of a grid
 * row. Each writer's answer is a save or a conflict, never a 500; the figures left are
 * those of a save that was answered, and every save answered is in the audit trail (none
 * was lost). What the tests commit is removed after them.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SettableClock.Configuration.class)
class ConcurrentWritersTests {

	private static final int WRITERS = 20;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private GridService grids;

	@Autowired
	private UserDetailsService users;

	private long auditedBefore;

	@BeforeEach
	void noteTheAuditTrail() {
		this.auditedBefore = this.jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
		assertThat(line("GNBV", "RECURRENT")).as("no line yet").isNull();
		assertThat(line("DTTS", "RECURRENT")).as("no line yet").isNull();
	}

	@AfterEach
	void removeWhatTheWritersSaved() {
		List<Long> lines = new ArrayList<>();
		for (String program : List.of("GNBV", "DTTS")) {
			Long line = line(program, "RECURRENT");
			if (line != null) {
				lines.add(line);
			}
		}
		this.jdbc.sql("delete from audit_entry where id > :before").param("before", this.auditedBefore).update();
		if (!lines.isEmpty()) {
			this.jdbc.sql("delete from disbursement where plan_line_id in (:lines)").param("lines", lines).update();
			this.jdbc.sql("delete from allocation where plan_line_id in (:lines)").param("lines", lines).update();
			this.jdbc.sql("delete from plan_line where id in (:lines)").param("lines", lines).update();
		}
	}

	@Test
	void shouldSaveOrRefuseEveryFirstEntryOfAQuarterAndLoseNone() throws Exception {
		List<Callable<Integer>> writers = new ArrayList<>();
		for (int i = 1; i <= WRITERS; i++) {
			long amount = i * 1_000_000L;
			writers.add(() -> send("PUT", "/api/v1/disbursements", """
					{"orgUnit":"HUA_BUM","program":"GNBV","capitalType":"RECURRENT","planYear":2025,"quarter":2,
					 "amountVnd":%d}
					""".formatted(amount)).statusCode());
		}

		List<Integer> answers = together(writers);

		System.out.println("20 first PUTs of one entry: " + answers);
		assertThat(answers).allMatch(status -> status == 200 || status == 409);
		long saved = answers.stream().filter(status -> status == 200).count();
		assertThat(saved).isPositive();
		long line = line("GNBV", "RECURRENT");
		assertThat(this.jdbc.sql("select count(*) from disbursement where plan_line_id = ? and quarter = 2")
			.param(line)
			.query(Long.class)
			.single()).isOne();
		List<String> trail = this.jdbc.sql("""
				select action || ' ' || (new_value ->> 'amountVnd') from audit_entry
				where subject = 'DISBURSEMENT' and plan_line_id = ? order by id
				""").param(line).query(String.class).list();
		assertThat(trail).as("one audited change per save answered").hasSize((int) saved);
		assertThat(trail.get(0)).startsWith("CREATE ");
		BigDecimal last = new BigDecimal(trail.get(trail.size() - 1).split(" ")[1]);
		assertThat(amountOf(line, 2)).isEqualByComparingTo(last);
	}

	@Test
	void shouldCreateOnePlanLineForTwentyFirstDecisionsAndKeepEachDecision() throws Exception {
		List<Callable<Integer>> writers = new ArrayList<>();
		for (int i = 1; i <= WRITERS; i++) {
			int number = i;
			writers.add(() -> send("POST", "/api/v1/allocations", """
					{"orgUnit":"HUA_BUM","program":"DTTS","capitalType":"RECURRENT","planYear":2025,
					 "amountVnd":1000000,"decisionNumber":"RACE-%d/QĐ-UBND","decisionDate":"2025-05-02"}
					""".formatted(number)).statusCode());
		}

		List<Integer> answers = together(writers);

		System.out.println("20 first decisions of one plan line: " + answers);
		assertThat(answers).allMatch(status -> status == 201 || status == 409);
		long created = answers.stream().filter(status -> status == 201).count();
		assertThat(created).isEqualTo(WRITERS);
		long line = line("DTTS", "RECURRENT");
		assertThat(this.jdbc.sql("select count(*), sum(amount_vnd) from allocation where plan_line_id = ?")
			.param(line)
			.query((rs, row) -> rs.getLong(1) + " " + rs.getBigDecimal(2).toPlainString())
			.single()).isEqualTo(created + " " + (created * 1_000_000));
	}

	@Test
	void shouldSaveOneOfTwentyGridsSavedAtOnceAndShowTheOthersAConflict() throws Exception {
		assertThat(send("PUT", "/api/v1/disbursements", """
				{"orgUnit":"HUA_BUM","program":"GNBV","capitalType":"RECURRENT","planYear":2025,"quarter":2,
				 "amountVnd":1000000}
				""").statusCode()).isEqualTo(200);
		long line = line("GNBV", "RECURRENT");
		AppUserPrincipal admin = (AppUserPrincipal) this.users.loadUserByUsername("admin");
		List<Callable<String>> writers = new ArrayList<>();
		for (int i = 1; i <= WRITERS; i++) {
			BigDecimal amount = BigDecimal.valueOf(i * 1_000_000L);
			writers.add(() -> {
				try {
					this.grids.save(admin, "HUA_BUM", new Quarter(2025, 3), List.of(new GridInput(line, -1, false,
							amount, null, null, "Nhập đồng thời", null, null, null, null)));
					return "saved " + amount.toPlainString();
				}
				catch (GridConflictException | ConflictException ex) {
					return "conflict";
				}
			});
		}

		List<String> answers = together(writers);

		List<String> saved = answers.stream().filter(answer -> answer.startsWith("saved ")).toList();
		System.out.println("20 first saves of one grid row: " + answers);
		assertThat(answers).allMatch(answer -> answer.startsWith("saved ") || answer.equals("conflict"));
		assertThat(saved).hasSize(1);
		assertThat(amountOf(line, 3)).isEqualByComparingTo(saved.get(0).substring("saved ".length()));
	}

	/**
	 * Runs the writers at the same moment and gives their answers; an answer that is an
	 * exception fails the test with it.
	 */
	private static <T> List<T> together(List<Callable<T>> writers) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> writer : writers) {
				futures.add(pool.submit(() -> {
					start.await();
					return writer.call();
				}));
			}
			start.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> future : futures) {
				answers.add(future.get(60, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private Long line(String program, String capitalType) {
		return this.jdbc
			.sql("""
					select l.id from plan_line l join org_unit u on u.id = l.org_unit_id join program p on p.id = l.program_id
					where u.code = 'HUA_BUM' and p.code = :program and l.capital_type = :type and l.plan_year = 2025
					  and l.component_id is null
					""")
			.param("program", program)
			.param("type", capitalType)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private BigDecimal amountOf(long line, int quarter) {
		return this.jdbc.sql("select amount_vnd from disbursement where plan_line_id = ? and quarter = ?")
			.params(line, quarter)
			.query(BigDecimal.class)
			.single();
	}

}
