package org.programtracker.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form whose lists grow beyond the 256 elements Spring binds by default (the grid, one
 * row a plan line): the binder takes up to {@link #value()} elements and refuses an index
 * beyond.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BindsUpTo {

	int value();

}
