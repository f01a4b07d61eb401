package org.programtracker.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats numbers and dates for the current locale: the one place where amounts become
 * text. Templates call it as {@code @formats}; they never compute.
 * <p>
 * vi-VN writes 2.487 and 31,4%; English writes 2,487 and 31.4%. Amounts are shown in
 * million đồng with up to three decimals, and only as many as needed. In a table every
 * amount has the same number of decimals, the most any of them needs
 * ({@link #decimalsFor}, then {@link #millions(BigDecimal, Integer)}), so that 699,875
 * never stands beside 2.382,5.
 */
@Component("formats")
public class Formats {

	private static final int MILLION_DECIMALS = 3;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/**
	 * An amount in đồng as million đồng: 2487000000 → "2.487" in Vietnamese.
	 */
	public String millions(BigDecimal vnd) {
		if (vnd == null) {
			return "";
		}
		BigDecimal millions = vnd.divide(Money.VND_PER_MILLION, MILLION_DECIMALS, RoundingMode.HALF_UP);
		return decimalFormat("#,##0.###").format(millions);
	}

	/**
	 * An amount in đồng as million đồng with exactly {@code decimals} decimals, those of
	 * its table: 2382500000 → "2.382,500" beside "699,875"; as
	 * {@link #millions(BigDecimal)} when {@code decimals} is {@code null}.
	 */
	public String millions(BigDecimal vnd, Integer decimals) {
		if (vnd == null || decimals == null) {
			return millions(vnd);
		}
		int scale = Math.min(Math.max(decimals, 0), MILLION_DECIMALS);
		BigDecimal millions = vnd.divide(Money.VND_PER_MILLION, scale, RoundingMode.HALF_UP);
		DecimalFormat format = decimalFormat("#,##0");
		format.setMinimumFractionDigits(scale);
		format.setMaximumFractionDigits(scale);
		return format.format(millions);
	}

	/**
	 * The decimals of a page of a register whose total is of every row filtered, on this
	 * page or not: those of the page's amounts, or of the total when it needs more.
	 */
	public int decimalsFor(Collection<BigDecimal> vndAmounts, BigDecimal total) {
		return Math.max(decimalsFor(vndAmounts), decimalsFor(java.util.Collections.singletonList(total)));
	}

	/**
	 * The decimals the amounts of one table need in million đồng: the most any of them
	 * needs, at most three (a sum has no more decimals than its parts, so a table's
	 * totals need not be given).
	 */
	public int decimalsFor(Collection<BigDecimal> vndAmounts) {
		int decimals = 0;
		for (BigDecimal vnd : vndAmounts) {
			if (vnd != null) {
				BigDecimal millions = vnd.divide(Money.VND_PER_MILLION, MILLION_DECIMALS, RoundingMode.HALF_UP)
					.stripTrailingZeros();
				decimals = Math.max(decimals, Math.min(Math.max(millions.scale(), 0), MILLION_DECIMALS));
			}
		}
		return decimals;
	}

	/**
	 * A number as typed from a printed report, with the decimals it has: "39,7" in
	 * Vietnamese.
	 */
	public String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		DecimalFormat format = decimalFormat("#,##0");
		format.setMinimumFractionDigits(Math.max(value.scale(), 0));
		return format.format(value);
	}

	/**
	 * A percent of plan with its one decimal, "31,4%" in Vietnamese; empty when there is
	 * no plan.
	 */
	public String percent(PercentOfPlan percent) {
		if (percent == null || percent.value() == null) {
			return "";
		}
		return percentNumber(percent) + "%";
	}

	/**
	 * The number alone, "31,4", for sentences that say "đạt 31,4% kế hoạch".
	 */
	public String percentNumber(PercentOfPlan percent) {
		if (percent == null || percent.value() == null) {
			return "";
		}
		return decimalFormat("#,##0.0").format(percent.value());
	}

	public String date(LocalDate date) {
		return (date == null) ? "" : DATE.format(date);
	}

	/**
	 * A moment as the users' clock shows it (the zone the application runs in, see
	 * {@code TimeConfiguration}): 09/01/2024 10:05.
	 */
	public String dateTime(Instant at) {
		return (at == null) ? "" : DATE_TIME.format(at.atZone(ZoneId.systemDefault()));
	}

	private static DecimalFormat decimalFormat(String pattern) {
		Locale locale = LocaleContextHolder.getLocale();
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		format.setParseBigDecimal(true);
		return format;
	}

}
