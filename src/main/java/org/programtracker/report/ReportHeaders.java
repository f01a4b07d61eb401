package org.programtracker.report;

import org.programtracker.report.internal.ReportHeader;

import org.programtracker.report.internal.ReportHeaderRepository;

import java.util.Locale;
import java.util.Optional;

import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.report.QuarterlySummary.Header;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each org unit heads and signs its summaries: kept by its standing agency or an
 * administrator; a unit that set none gets a header made from its name.
 */
@Service
@Transactional(readOnly = true)
public class ReportHeaders {

	private final ReportHeaderRepository headers;

	private final OrgUnitService orgUnits;

	ReportHeaders(ReportHeaderRepository headers, OrgUnitService orgUnits) {
		this.headers = headers;
		this.orgUnits = orgUnits;
	}

	/**
	 * The header an org unit's summaries carry now.
	 */
	Header of(OrgUnit unit) {
		return this.headers.findByOrgUnitId(unit.getId()).map(ReportHeaders::header).orElseGet(() -> fallback(unit));
	}

	/**
	 * The header with the version read (none when the unit never set one), for its form.
	 */
	public Stated stated(AppUserPrincipal user, String orgUnitCode) {
		Permissions.requireReviewWriter(user);
		OrgUnit unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		Optional<ReportHeader> saved = this.headers.findByOrgUnitId(unit.getId());
		return new Stated(unit.getCode(), unit.getName(),
				saved.map(ReportHeaders::header).orElseGet(() -> fallback(unit)),
				saved.map(ReportHeader::getVersion).orElse(null));
	}

	/**
	 * Saves an org unit's header, provided nobody saved it since the version read (none
	 * for a unit that had no header); otherwise the optimistic-locking failure says so
	 * and nothing changes.
	 */
	@Transactional
	public void state(AppUserPrincipal user, String orgUnitCode, Long versionRead, Header header) {
		Permissions.requireReviewWriter(user);
		OrgUnit unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		Optional<ReportHeader> saved = this.headers.findByOrgUnitId(unit.getId());
		Long versionNow = saved.map(ReportHeader::getVersion).orElse(null);
		if (versionNow == null ? versionRead != null : !versionNow.equals(versionRead)) {
			throw new ObjectOptimisticLockingFailureException(ReportHeader.class, unit.getCode());
		}
		saved.ifPresentOrElse(
				existing -> existing.restate(header.authority(), header.issuingBody(), header.symbol(), header.place(),
						header.signerTitle(), header.signerName()),
				() -> this.headers.save(new ReportHeader(unit.getId(), header.authority(), header.issuingBody(),
						header.symbol(), header.place(), header.signerTitle(), header.signerName())));
	}

	private static Header header(ReportHeader header) {
		return new Header(header.getAuthority(), header.getIssuingBody(), header.getSymbol(), header.getPlace(),
				header.getSignerTitle(), header.getSignerName());
	}

	private static Header fallback(OrgUnit unit) {
		return new Header(unit.getName().toUpperCase(Locale.ROOT), "", "BC", unit.getName(), "", "");
	}

	/**
	 * An org unit's header as it stands, with the version read ({@code null}: never set).
	 */
	public record Stated(String orgUnitCode, String orgUnitName, Header header, Long version) {

	}

}
