package org.programtracker.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;

/**
 * How an org unit heads and signs the summaries it issues, in the administrative format
 * of Decree 30/2020/NĐ-CP: the authority and issuing body on the left, the document
 * symbol, the place before the date, the signer and the recipients. Without a year and
 * quarter it heads every report of the unit that has no header of its own; with them, it
 * is that one report's.
 */
@Entity
@Table(name = "report_header")
public class ReportHeader extends BaseEntity {

	/**
	 * The org unit whose reports this heads, referred to by its id.
	 */
	@Column(name = "org_unit_id", nullable = false)
	private Long orgUnitId;

	@Column
	private Integer year;

	@Column
	private Integer quarter;

	@Column(nullable = false)
	private String authority;

	@Column(nullable = false)
	private String issuingBody;

	@Column(nullable = false)
	private String symbol;

	@Column(nullable = false)
	private String place;

	@Column(nullable = false)
	private String signerTitle;

	@Column(nullable = false)
	private String signerName;

	@Column(nullable = false)
	private String recipients;

	protected ReportHeader() {
	}

	/**
	 * The header of the unit's reports, or with {@code year} and {@code quarter} of its
	 * report of that quarter.
	 */
	public ReportHeader(long orgUnitId, Integer year, Integer quarter, String authority, String issuingBody,
			String symbol, String place, String signerTitle, String signerName, String recipients) {
		if ((year == null) != (quarter == null)) {
			throw new IllegalArgumentException("A report's own header has both a year and a quarter");
		}
		this.orgUnitId = orgUnitId;
		this.year = year;
		this.quarter = quarter;
		restate(authority, issuingBody, symbol, place, signerTitle, signerName, recipients);
	}

	public void restate(String authority, String issuingBody, String symbol, String place, String signerTitle,
			String signerName, String recipients) {
		this.authority = authority;
		this.issuingBody = issuingBody;
		this.symbol = symbol;
		this.place = place;
		this.signerTitle = signerTitle;
		this.signerName = signerName;
		this.recipients = recipients;
	}

	public Long getOrgUnitId() {
		return this.orgUnitId;
	}

	public Integer getYear() {
		return this.year;
	}

	public Integer getQuarter() {
		return this.quarter;
	}

	public String getAuthority() {
		return this.authority;
	}

	public String getIssuingBody() {
		return this.issuingBody;
	}

	public String getSymbol() {
		return this.symbol;
	}

	public String getPlace() {
		return this.place;
	}

	public String getSignerTitle() {
		return this.signerTitle;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public String getRecipients() {
		return this.recipients;
	}

}
