package org.programtracker.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code BigDecimal} in đồng that people type, and read back, in million đồng the way
 * of their language: {@link Amounts} reads and writes it, through
 * {@link MillionVndFormatterFactory}. Text that is not an amount, or could be two, is a
 * binding error with the reason's message key, never a guess.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
public @interface MillionVnd {

	/**
	 * Whether a zero amount is shown as an empty field, for amounts that are usually
	 * nothing (advances, recoveries); blank text still reads as no amount.
	 */
	boolean zeroAsBlank() default false;

}
