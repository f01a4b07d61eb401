package org.programtracker.program;

/**
 * A level of a program's structure: project (dự án), sub-project (tiểu dự án), or
 * component content (nội dung thành phần).
 */
public enum ComponentKind {

	PROJECT, SUB_PROJECT, CONTENT

}
