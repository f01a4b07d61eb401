package org.programtracker.directive.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A dated note on how a directive is progressing.
 */
@Entity
@Table(name = "directive_note")
public class DirectiveNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "directive_id")
	private Directive directive;

	@Column(nullable = false)
	private LocalDate notedOn;

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private String writtenBy;

	protected DirectiveNote() {
	}

	public DirectiveNote(Directive directive, LocalDate notedOn, String text, String writtenBy) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A note needs text");
		}
		this.directive = directive;
		this.notedOn = notedOn;
		this.text = text.strip();
		this.writtenBy = writtenBy;
	}

	public LocalDate getNotedOn() {
		return this.notedOn;
	}

	public String getText() {
		return this.text;
	}

	public String getWrittenBy() {
		return this.writtenBy;
	}

}
