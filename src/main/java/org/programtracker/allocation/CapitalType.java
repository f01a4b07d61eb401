package org.programtracker.allocation;

/**
 * Development investment capital (vốn đầu tư phát triển) or recurrent capital (vốn sự
 * nghiệp).
 */
public enum CapitalType {

	INVESTMENT, RECURRENT

}
