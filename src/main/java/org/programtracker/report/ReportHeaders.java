package org.programtracker.report;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.report.QuarterlySummary.Header;
import org.programtracker.report.internal.ReportHeader;
import org.programtracker.report.internal.ReportHeaderRepository;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each org unit heads, signs and sends its summaries, and how one summary does where
 * it differs (another signer for one quarter, other recipients). Kept by the programs'
 * standing agencies and administrators within their scope; every change is audited. A
 * report without a header of its own carries its unit's; a unit that set none gets one
 * made from its name.
 */
@Service
@Transactional(readOnly = true)
public class ReportHeaders {

	private final ReportHeaderRepository headers;

	private final OrgUnitService orgUnits;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	ReportHeaders(ReportHeaderRepository headers, OrgUnitService orgUnits, MessageSource messages,
			ApplicationEventPublisher events) {
		this.headers = headers;
		this.orgUnits = orgUnits;
		this.messages = messages;
		this.events = events;
	}

	/**
	 * The header the unit's report of the quarter carries now: its own, else the unit's.
	 */
	Header of(OrgUnitView unit, Quarter quarter, Locale locale) {
		return own(unit, quarter).or(() -> own(unit, null))
			.map(saved -> header(saved, locale))
			.orElseGet(() -> fallback(unit, locale));
	}

	/**
	 * The header of the unit's reports ({@code quarter} {@code null}) or of its report of
	 * a quarter, for its form: as saved, with the version read ({@code null} when there
	 * is none of its own, and then the header it inherits).
	 */
	public Stated stated(AppUserPrincipal user, String orgUnitCode, Quarter quarter, Locale locale) {
		Permissions.requireReviewWriter(user);
		OrgUnitView unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		Optional<ReportHeader> saved = own(unit, quarter);
		Header header = saved.map(own -> header(own, locale))
			.orElseGet(() -> (quarter == null) ? fallback(unit, locale) : of(unit, quarter, locale));
		return new Stated(unit.code(), unit.name(), quarter, header, saved.map(ReportHeader::getVersion).orElse(null));
	}

	/**
	 * Saves the header of the unit's reports ({@code quarter} {@code null}) or of its
	 * report of a quarter, provided nobody saved it since the version read ({@code null}
	 * when there was none of its own); otherwise the optimistic-locking failure says so
	 * and nothing changes.
	 */
	@Transactional
	public void state(AppUserPrincipal user, String orgUnitCode, Quarter quarter, Long versionRead, Header header) {
		Permissions.requireReviewWriter(user);
		OrgUnitView unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		Optional<ReportHeader> saved = own(unit, quarter);
		requireVersion(unit, saved, versionRead);
		if (saved.isPresent()) {
			ReportHeader existing = saved.get();
			Map<String, Object> before = describe(existing);
			existing.restate(header.authority(), header.issuingBody(), header.symbol(), header.place(),
					header.signerTitle(), header.signerName(), header.recipients());
			Map<String, Object> after = describe(existing);
			if (!after.equals(before)) {
				publish(user, AuditAction.CHANGE, existing, quarter, before, after);
			}
		}
		else {
			ReportHeader created = this.headers.save(new ReportHeader(unit.id(),
					(quarter == null) ? null : quarter.year(), (quarter == null) ? null : quarter.quarter(),
					header.authority(), header.issuingBody(), header.symbol(), header.place(), header.signerTitle(),
					header.signerName(), header.recipients()));
			publish(user, AuditAction.CREATE, created, quarter, null, describe(created));
		}
	}

	/**
	 * Drops a report's own header, so that it carries its unit's again; provided nobody
	 * saved it since the version read. A report without one of its own is left as it is.
	 */
	@Transactional
	public void dropOwn(AppUserPrincipal user, String orgUnitCode, Quarter quarter, long versionRead) {
		Permissions.requireReviewWriter(user);
		OrgUnitView unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		Optional<ReportHeader> saved = own(unit, quarter);
		if (saved.isEmpty()) {
			return;
		}
		requireVersion(unit, saved, versionRead);
		publish(user, AuditAction.DELETE, saved.get(), quarter, describe(saved.get()), null);
		this.headers.delete(saved.get());
	}

	private Optional<ReportHeader> own(OrgUnitView unit, Quarter quarter) {
		return (quarter == null) ? this.headers.findByOrgUnitIdAndYearIsNull(unit.id())
				: this.headers.findByOrgUnitIdAndYearAndQuarter(unit.id(), quarter.year(), quarter.quarter());
	}

	private static void requireVersion(OrgUnitView unit, Optional<ReportHeader> saved, Long versionRead) {
		Long versionNow = saved.map(ReportHeader::getVersion).orElse(null);
		if (versionNow == null ? versionRead != null : !versionNow.equals(versionRead)) {
			throw new ObjectOptimisticLockingFailureException(ReportHeader.class, unit.code());
		}
	}

	private void publish(AppUserPrincipal user, AuditAction action, ReportHeader header, Quarter quarter,
			Map<String, Object> before, Map<String, Object> after) {
		this.events.publishEvent(new ReportHeaderEvent(header.getOrgUnitId(), quarter,
				new AuditedChange(user.username(), action, AuditSubject.REPORT_HEADER, header.getId(), null,
						header.getOrgUnitId(), (quarter == null) ? null : quarter.year(),
						(quarter == null) ? null : quarter.quarter(), before, after, null)));
	}

	private static Map<String, Object> describe(ReportHeader header) {
		return AuditedChange.fields("authority", header.getAuthority(), "issuingBody", header.getIssuingBody(),
				"symbol", header.getSymbol(), "place", header.getPlace(), "signerTitle", header.getSignerTitle(),
				"signerName", header.getSignerName(), "recipients", header.getRecipients());
	}

	private Header header(ReportHeader header, Locale locale) {
		return new Header(header.getAuthority(), header.getIssuingBody(), header.getSymbol(), header.getPlace(),
				header.getSignerTitle(), header.getSignerName(),
				header.getRecipients().isBlank() ? defaultRecipients(locale) : header.getRecipients());
	}

	private Header fallback(OrgUnitView unit, Locale locale) {
		return new Header(unit.name().toUpperCase(Locale.ROOT), "", "BC", unit.name(), "", "",
				defaultRecipients(locale));
	}

	private String defaultRecipients(Locale locale) {
		return this.messages.getMessage("summary.recipients.list", null, locale);
	}

	/**
	 * The header of a unit's reports, or of its report of {@code quarter}, as it stands,
	 * with the version read ({@code null}: none of its own, {@code header} is then the
	 * one it inherits).
	 */
	public record Stated(String orgUnitCode, String orgUnitName, Quarter quarter, Header header, Long version) {

		/**
		 * Whether this is one report's header rather than the unit's.
		 */
		public boolean ofReport() {
			return this.quarter != null;
		}

		/**
		 * Whether a report's header is its own rather than its unit's.
		 */
		public boolean own() {
			return this.version != null;
		}

	}

}
