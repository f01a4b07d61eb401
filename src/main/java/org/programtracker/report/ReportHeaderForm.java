package org.programtracker.report;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.programtracker.report.QuarterlySummary.Header;

/**
 * The administrative header, signature and recipients of an org unit's summaries (or of
 * one of them) as typed into their form; the signer's title and the recipients are typed
 * one line per line (e.g. "KT. TRƯỞNG BAN" then "PHÓ TRƯỞNG BAN"; "- Các thành viên Ban
 * Chỉ đạo;" then "- Lưu: VT.").
 */
public class ReportHeaderForm {

	@NotBlank(message = "{header.authority.required}")
	@Size(max = 200, message = "{header.tooLong.200}")
	private String authority;

	@Size(max = 200, message = "{header.tooLong.200}")
	private String issuingBody;

	@NotBlank(message = "{header.symbol.required}")
	@Size(max = 60, message = "{header.tooLong.60}")
	private String symbol;

	@NotBlank(message = "{header.place.required}")
	@Size(max = 100, message = "{header.tooLong.100}")
	private String place;

	@NotBlank(message = "{header.signerTitle.required}")
	@Size(max = 200, message = "{header.tooLong.200}")
	private String signerTitle;

	@Size(max = 200, message = "{header.tooLong.200}")
	private String signerName;

	@Size(max = 1000, message = "{header.tooLong.1000}")
	private String recipients;

	private Long version;

	static ReportHeaderForm of(Header header, Long version) {
		ReportHeaderForm form = new ReportHeaderForm();
		form.authority = header.authority();
		form.issuingBody = header.issuingBody();
		form.symbol = header.symbol();
		form.place = header.place();
		form.signerTitle = header.signerTitle().replace("|", "\n");
		form.signerName = header.signerName();
		form.recipients = header.recipients().replace("|", "\n");
		form.version = version;
		return form;
	}

	Header header() {
		return new Header(this.authority.strip(), stripped(this.issuingBody), this.symbol.strip(), this.place.strip(),
				lines(this.signerTitle), stripped(this.signerName), lines(this.recipients));
	}

	/**
	 * Lines typed one under another as the header keeps them: without blank lines,
	 * separated by {@code |}.
	 */
	private static String lines(String text) {
		if (text == null) {
			return "";
		}
		return Arrays.stream(text.split("\\R"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.collect(Collectors.joining("|"));
	}

	private static String stripped(String text) {
		return (text == null) ? "" : text.strip();
	}

	public String getAuthority() {
		return this.authority;
	}

	public void setAuthority(String authority) {
		this.authority = authority;
	}

	public String getIssuingBody() {
		return this.issuingBody;
	}

	public void setIssuingBody(String issuingBody) {
		this.issuingBody = issuingBody;
	}

	public String getSymbol() {
		return this.symbol;
	}

	public void setSymbol(String symbol) {
		this.symbol = symbol;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getSignerTitle() {
		return this.signerTitle;
	}

	public void setSignerTitle(String signerTitle) {
		this.signerTitle = signerTitle;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public void setSignerName(String signerName) {
		this.signerName = signerName;
	}

	public String getRecipients() {
		return this.recipients;
	}

	public void setRecipients(String recipients) {
		this.recipients = recipients;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
