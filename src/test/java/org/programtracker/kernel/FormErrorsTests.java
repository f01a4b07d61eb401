package org.programtracker.kernel;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule the service refused lands next to the field it names, under the form's name for
 * that field, or above the form.
 */
class FormErrorsTests {

	@Test
	void shouldPutARefusedRuleNextToItsField() {
		BindingResult errors = errorsOf(new Form());

		FormErrors.reject(errors, new RuleViolationException("note", "field.tooLong", 2000));

		assertThat(errors.getFieldError("note")).satisfies(error -> {
			assertThat(error.getCode()).isEqualTo("field.tooLong");
			assertThat(error.getArguments()).containsExactly(2000);
		});
	}

	@Test
	void shouldUseTheFormsNameForTheServicesField() {
		BindingResult errors = errorsOf(new Form());

		FormErrors.reject(errors, new RuleViolationException("amountVnd", "amount.negative"),
				Map.of("amountVnd", "amount"));

		assertThat(errors.getFieldError("amount")).extracting("code").isEqualTo("amount.negative");
	}

	@Test
	void shouldPutARuleOfNoFieldOrOfAFieldTheFormHasNotAboveTheForm() {
		BindingResult errors = errorsOf(new Form());

		FormErrors.reject(errors, new RuleViolationException(null, "decision.notSaved"));
		FormErrors.reject(errors, new RuleViolationException("planLine", "decision.lineClosed"));

		assertThat(errors.getFieldErrorCount()).isZero();
		assertThat(errors.getGlobalErrors()).extracting("code")
			.containsExactly("decision.notSaved", "decision.lineClosed");
	}

	private static BindingResult errorsOf(Form form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	public static class Form {

		private String note;

		private String amount;

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

	}

}
