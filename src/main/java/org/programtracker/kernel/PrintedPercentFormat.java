package org.programtracker.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code BigDecimal} percent typed as a published report printed it, with its printed
 * precision: {@link PrintedPercent} reads and writes it, through
 * {@link PrintedPercentFormatterFactory}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
public @interface PrintedPercentFormat {

}
