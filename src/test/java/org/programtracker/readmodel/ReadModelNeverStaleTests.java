package org.programtracker.readmodel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.internal.Allocation;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.LineFigures;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.assignment.AssignmentCommand;
import org.programtracker.assignment.AssignmentDecision;
import org.programtracker.assignment.AssignmentService;
import org.programtracker.assignment.AssignmentView;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.disbursement.EntryCommand;
import org.programtracker.disbursement.GridInput;
import org.programtracker.disbursement.GridService;
import org.programtracker.period.DeadlineDecision;
import org.programtracker.period.PlanYearService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.ReadModel;
import org.programtracker.support.SettableClock;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read model (table {@code line_figure}), its rollups by subtree
 * ({@code subtree_figure}) and the read model of the capital assigned
 * ({@code assigned_figure}) are never stale: after every transaction of a long random
 * sequence of writes through the services, while several threads write at once, and after
 * a write that fails half-way and rolls back, every figure it holds equals its
 * recomputation from the raw decisions and entries ({@link ReadModel}). The writes are on
 * plan year 2029 of four communes of the seed district, with "today" set into that year;
 * what they commit is removed after each test.
 */
@IntegrationTest
@Import(SettableClock.Configuration.class)
class ReadModelNeverStaleTests {

	private static final int YEAR = 2029;

	private static final List<String> UNITS = List.of("HUA_BUM", "LE_LOI", "MUONG_MO", "NAM_HANG");

	private static final List<String> COMPONENTS = List.of("DA1", "DA2", "DA3", "DA5");

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	@Autowired
	private AllocationService decisions;

	@Autowired
	private AssignmentService assignments;

	@Autowired
	private DisbursementService entries;

	@Autowired
	private GridService grids;

	@Autowired
	private PlanYearService planYears;

	@Autowired
	private PlanLineService planLines;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SettableClock clock;

	@Autowired
	private PlatformTransactionManager transactions;

	private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

	private AppUserPrincipal admin;

	private long auditedBefore;

	@BeforeEach
	void startInTheYear() {
		this.admin = this.users.admin();
		this.auditedBefore = this.jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
		this.clock.setToday(LocalDate.of(YEAR, 11, 20));
		assertThat(ReadModel.mismatches(this.jdbc)).as("the demo data's read model").isEmpty();
	}

	@AfterEach
	void removeWhatWasWritten() {
		System.out.println("Writes the services refused (rolled back): " + this.refusals);
		this.clock.reset();
		this.jdbc.sql("delete from audit_entry where id > :before").param("before", this.auditedBefore).update();
		String lines = "select id from plan_line where plan_year = " + YEAR;
		this.jdbc.sql("delete from disbursement where plan_line_id in (" + lines + ")").update();
		this.jdbc.sql("delete from allocation where plan_line_id in (" + lines + ")").update();
		this.jdbc.sql("delete from plan_line where plan_year = " + YEAR).update();
		this.jdbc.sql("delete from assignment where plan_year = " + YEAR).update();
		this.jdbc.sql("delete from plan_year where year = " + YEAR).update();
		assertThat(ReadModel.mismatches(this.jdbc)).as("after the clean-up").isEmpty();
	}

	@Test
	void shouldEqualTheRawRowsAfterEveryOneOfManyRandomWrites() {
		Random random = new Random(20291120);
		int applied = 0;
		for (int step = 0; step < 160; step++) {
			if (randomWrite(random, LocalDate.of(YEAR - 1, 12, 1), LocalDate.of(YEAR, 11, 20), 4)) {
				applied++;
			}
			assertThat(ReadModel.mismatches(this.jdbc)).as("after write %d", step).isEmpty();
		}
		// The extension period: decisions after 31 December, entries of period 5, and the
		// deadline moved back and forth, which moves those decisions in and out of it.
		this.clock.setToday(LocalDate.of(YEAR + 1, 1, 25));
		for (int step = 0; step < 30; step++) {
			if (randomWrite(random, LocalDate.of(YEAR + 1, 1, 1), LocalDate.of(YEAR + 1, 1, 25), 5)) {
				applied++;
			}
			assertThat(ReadModel.mismatches(this.jdbc)).as("after extension write %d", step).isEmpty();
		}
		this.planYears.setDeadline(this.admin, YEAR,
				new DeadlineDecision(LocalDate.of(YEAR + 1, 6, 30), "15/QĐ-UBND", LocalDate.of(YEAR + 1, 1, 20), null));
		assertThat(ReadModel.mismatches(this.jdbc)).as("after the deadline was extended").isEmpty();
		this.clock.setToday(LocalDate.of(YEAR + 1, 3, 20));
		for (int step = 0; step < 30; step++) {
			if (randomWrite(random, LocalDate.of(YEAR + 1, 1, 26), LocalDate.of(YEAR + 1, 3, 20), 5)) {
				applied++;
			}
			assertThat(ReadModel.mismatches(this.jdbc)).as("after late write %d", step).isEmpty();
		}
		this.planYears.setDeadline(this.admin, YEAR, new DeadlineDecision(LocalDate.of(YEAR + 1, 3, 1), "16/QĐ-UBND",
				LocalDate.of(YEAR + 1, 3, 20), this.planYears.deadlineOf(YEAR).version()));
		assertThat(ReadModel.mismatches(this.jdbc)).as("after the deadline was brought forward").isEmpty();

		assertThat(applied).as("writes the services accepted").isGreaterThan(150);
		BigDecimal decidedAfterTheDeadline = this.jdbc.sql("""
				select coalesce(sum(a.amount_vnd), 0) from allocation a join plan_line pl on pl.id = a.plan_line_id
				where pl.plan_year = :year and a.decision_date > :deadline
				""")
			.param("year", YEAR)
			.param("deadline", LocalDate.of(YEAR + 1, 3, 1))
			.query(BigDecimal.class)
			.single();
		assertThat(decidedAfterTheDeadline).as("decisions the last deadline leaves out").isPositive();
		assertThat(this.jdbc.sql("""
				select count(distinct from_unit_id is null) from assigned_figure where plan_year = ? and period = 6
				""").param(YEAR).query(Integer.class).single())
			.as("groups assigned from outside the tree and from the district")
			.isEqualTo(2);
	}

	@Test
	void shouldEqualTheRawRowsWhileSeveralThreadsWriteAtOnce() throws Exception {
		int writers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
		CountDownLatch start = new CountDownLatch(1);
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger applied = new AtomicInteger();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				Random random = new Random(7000 + w);
				futures.add(pool.submit(() -> {
					start.await();
					for (int step = 0; step < 40; step++) {
						if (randomWrite(random, LocalDate.of(YEAR - 1, 12, 1), LocalDate.of(YEAR, 11, 20), 4)) {
							applied.incrementAndGet();
						}
					}
					return null;
				}));
			}
			Future<Integer> checker = pool.submit(() -> {
				start.await();
				int checks = 0;
				while (writing.get()) {
					assertThat(ReadModel.mismatches(this.jdbc)).as("a snapshot taken while writers write").isEmpty();
					checks++;
				}
				return checks;
			});
			// the rollups' rows of differences folded in while the writers add more
			Future<Integer> compactor = pool.submit(() -> {
				start.await();
				int folded = 0;
				while (writing.get()) {
					folded += this.jdbc.sql("select subtree_figure_compact()").query(Integer.class).single();
				}
				return folded;
			});
			start.countDown();
			for (Future<?> future : futures) {
				future.get(5, TimeUnit.MINUTES);
			}
			writing.set(false);
			assertThat(checker.get(1, TimeUnit.MINUTES)).as("checks made while writing").isPositive();
			assertThat(compactor.get(1, TimeUnit.MINUTES)).as("rollup rows folded while writing").isPositive();
		}
		finally {
			writing.set(false);
			pool.shutdownNow();
		}
		assertThat(applied.get()).as("writes the services accepted").isGreaterThan(writers * 20);
		assertThat(ReadModel.mismatches(this.jdbc)).isEmpty();
	}

	@Test
	void shouldEqualTheRawRowsAfterAWriteThatFailsHalfWayAndRollsBack() {
		Random random = new Random(31);
		for (int step = 0; step < 20; step++) {
			randomWrite(random, LocalDate.of(YEAR - 1, 12, 1), LocalDate.of(YEAR, 11, 20), 4);
		}
		List<String> before = figures();
		long line = this.jdbc.sql("select min(id) from plan_line where plan_year = ?")
			.param(YEAR)
			.query(Long.class)
			.single();
		String unit = this.jdbc
			.sql("select u.code from plan_line pl join org_unit u on u.id = pl.org_unit_id where pl.id = ?")
			.param(line)
			.query(String.class)
			.single();

		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			this.decisions.create(this.admin, decision(new Random(5), LocalDate.of(YEAR, 5, 5), 900));
			this.entries.set(this.admin, line, 2, EntryCommand.amount(MILLION.multiply(BigDecimal.valueOf(77))));
			this.grids.save(this.admin, unit, new Quarter(YEAR, 3), List.of(new GridInput(line, -1, false,
					MILLION.multiply(BigDecimal.valueOf(55)), null, null, "Ghi giữa chừng", null, null, null, null)));
			assertThat(ReadModel.mismatches(this.jdbc)).as("inside the transaction, after its writes").isEmpty();
			assertThat(this.planLines.figuresOf(List.of(line), LocalDate.of(YEAR, 9, 30), 3).get(line).disbursedVnd())
				.as("the figures read inside the transaction include its writes")
				.isGreaterThanOrEqualTo(MILLION.multiply(BigDecimal.valueOf(132)));
			throw new IllegalStateException("the server stops half-way through the write");
		})).hasMessageContaining("half-way");

		assertThat(ReadModel.mismatches(this.jdbc)).as("after the rollback").isEmpty();
		assertThat(figures()).as("the figures before the failed write").isEqualTo(before);
	}

	/**
	 * One write chosen at random, through a service, in its own transaction: a decision
	 * or an adjustment (dated between {@code from} and {@code to}), a change or deletion
	 * of a decision, an entry or a grid save of several rows in a quarter up to
	 * {@code lastQuarter}, an entry withdrawn, or an assignment recorded (from outside
	 * the tree or from the district, an adjustment too), changed or deleted. Whether the
	 * service accepted it; a refusal (a plan driven below zero, a race lost) is a write
	 * that rolled back.
	 */
	private boolean randomWrite(Random random, LocalDate from, LocalDate to, int lastQuarter) {
		LocalDate date = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
		int choice = random.nextInt(115);
		try {
			if (choice >= 100) {
				return randomAssignmentWrite(random, choice - 100, date);
			}
			if (choice < 35 || lines().isEmpty()) {
				this.decisions.create(this.admin, decision(random, date, 1 + random.nextInt(5000)));
			}
			else if (choice < 45) {
				this.decisions.create(this.admin, decision(random, date, -1 - random.nextInt(300)));
			}
			else if (choice < 55) {
				Allocation chosen = this.decisions.visibleDecision(this.admin, pick(random, decisionIds()));
				DecisionCommand command = decision(random, date, 1 + random.nextInt(4000));
				this.decisions.change(this.admin, chosen.getId(), chosen.getVersion(), command);
			}
			else if (choice < 62) {
				Allocation chosen = this.decisions.visibleDecision(this.admin, pick(random, decisionIds()));
				this.decisions.delete(this.admin, chosen.getId(), chosen.getVersion(), "Huỷ quyết định");
			}
			else if (choice < 80) {
				this.entries.set(this.admin, pick(random, lines()), 1 + random.nextInt(lastQuarter),
						new EntryCommand(amount(random, 2000), null, null, "Giải ngân", null));
			}
			else if (choice < 93) {
				String unit = UNITS.get(random.nextInt(UNITS.size()));
				List<Long> ofUnit = this.jdbc.sql("""
						select pl.id from plan_line pl join org_unit u on u.id = pl.org_unit_id
						where pl.plan_year = :year and u.code = :unit order by pl.id
						""").param("year", YEAR).param("unit", unit).query(Long.class).list();
				if (ofUnit.isEmpty()) {
					return false;
				}
				int quarter = 1 + random.nextInt(Math.min(lastQuarter, 4));
				List<GridInput> rows = new ArrayList<>();
				for (long id : ofUnit) {
					long version = this.jdbc
						.sql("select version from disbursement where plan_line_id = ? and quarter = ?")
						.params(id, quarter)
						.query(Long.class)
						.optional()
						.orElse(-1L);
					rows.add(new GridInput(id, version, false, amount(random, 1500), null, null, "Lưới", null, null,
							null, null));
				}
				this.grids.save(this.admin, unit, new Quarter(YEAR, quarter), rows);
			}
			else {
				long id = pick(random, lines());
				int quarter = 1 + random.nextInt(lastQuarter);
				if (this.entries.entryOn(id, quarter).isEmpty()) {
					return false;
				}
				this.entries.withdraw(this.admin, id, quarter, "Rút số liệu");
			}
			return true;
		}
		catch (RuntimeException refused) {
			this.refusals.merge(refused.getClass().getSimpleName() + ": " + refused.getMessage(), 1, Integer::sum);
			return false;
		}
	}

	private boolean randomAssignmentWrite(Random random, int choice, LocalDate date) {
		List<Long> recorded = this.jdbc.sql("select id from assignment where plan_year = ? order by id")
			.param(YEAR)
			.query(Long.class)
			.list();
		if (choice < 8 || recorded.isEmpty()) {
			boolean toTheDistrict = random.nextInt(4) == 0;
			String unit = toTheDistrict ? "NAM_NHUN" : UNITS.get(random.nextInt(UNITS.size()));
			String from = (toTheDistrict || random.nextBoolean()) ? null : "NAM_NHUN";
			int millions = (random.nextInt(5) == 0) ? -1 - random.nextInt(200) : 1 + random.nextInt(8000);
			this.assignments.record(this.admin, new AssignmentCommand(unit, from, "DTTS",
					random.nextBoolean() ? CapitalType.INVESTMENT : CapitalType.RECURRENT,
					random.nextBoolean() ? FundingSource.CENTRAL : FundingSource.LOCAL, YEAR,
					(random.nextInt(6) == 0) ? YEAR - 1 : YEAR, (100 + random.nextInt(900)) + "/QĐ-UBND", date,
					MILLION.multiply(BigDecimal.valueOf(millions)).add(BigDecimal.valueOf(random.nextInt(1000))),
					null));
		}
		else {
			AssignmentView chosen = this.assignments.assignment(this.admin, pick(random, recorded));
			if (choice < 12) {
				this.assignments.change(this.admin, chosen.id(), chosen.version(),
						new AssignmentDecision(chosen.decisionNumber(), date, amount(random, 6000).add(BigDecimal.ONE),
								"Điều chỉnh giao vốn"));
			}
			else {
				this.assignments.delete(this.admin, chosen.id(), chosen.version(), "Huỷ giao vốn");
			}
		}
		return true;
	}

	private DecisionCommand decision(Random random, LocalDate date, int millions) {
		PlanLineKey key = new PlanLineKey(UNITS.get(random.nextInt(UNITS.size())), "DTTS",
				COMPONENTS.get(random.nextInt(COMPONENTS.size())),
				random.nextBoolean() ? CapitalType.INVESTMENT : CapitalType.RECURRENT, FundingSource.CENTRAL, YEAR,
				YEAR);
		return new DecisionCommand(key, null, (100 + random.nextInt(900)) + "/QĐ-UBND", date,
				MILLION.multiply(BigDecimal.valueOf(millions)), null);
	}

	/**
	 * An amount with odd đồng, so that no sum is exact by luck of round figures.
	 */
	private static BigDecimal amount(Random random, int maxMillions) {
		return MILLION.multiply(BigDecimal.valueOf(random.nextInt(maxMillions)))
			.add(BigDecimal.valueOf(random.nextInt(1_000_000)));
	}

	private static long pick(Random random, List<Long> ids) {
		return ids.get(random.nextInt(ids.size()));
	}

	private List<Long> lines() {
		return this.jdbc.sql("select id from plan_line where plan_year = ? order by id")
			.param(YEAR)
			.query(Long.class)
			.list();
	}

	private List<Long> decisionIds() {
		return this.jdbc.sql("""
				select a.id from allocation a join plan_line pl on pl.id = a.plan_line_id
				where pl.plan_year = ? order by a.id
				""").param(YEAR).query(Long.class).list();
	}

	private List<String> figures() {
		return this.jdbc.sql("""
				select plan_line_id || '/' || period || ' ' || planned_vnd || ' ' || disbursed_vnd
				from line_figure order by plan_line_id, period
				""").query(String.class).list();
	}

}
