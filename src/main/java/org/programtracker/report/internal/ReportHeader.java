package org.programtracker.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;

/**
 * How an org unit heads and signs the summaries it issues, in the administrative format
 * of Decree 30/2020/NĐ-CP: the authority and issuing body on the left, the document
 * symbol, the place before the date, and the signer.
 */
@Entity
@Table(name = "report_header")
public class ReportHeader extends BaseEntity {

	/**
	 * The org unit whose reports this heads, referred to by its id.
	 */
	@Column(name = "org_unit_id", nullable = false)
	private Long orgUnitId;

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

	protected ReportHeader() {
	}

	public ReportHeader(long orgUnitId, String authority, String issuingBody, String symbol, String place,
			String signerTitle, String signerName) {
		this.orgUnitId = orgUnitId;
		this.authority = authority;
		this.issuingBody = issuingBody;
		this.symbol = symbol;
		this.place = place;
		this.signerTitle = signerTitle;
		this.signerName = signerName;
	}

	public void restate(String authority, String issuingBody, String symbol, String place, String signerTitle,
			String signerName) {
		this.authority = authority;
		this.issuingBody = issuingBody;
		this.symbol = symbol;
		this.place = place;
		this.signerTitle = signerTitle;
		this.signerName = signerName;
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

}
