package org.natoportal.admin;

import java.util.Map;

import org.springframework.data.domain.Sort;

/**
 * The sortable columns of an admin list by key, and the key of the order a list has
 * before the user picks one ({@code -key} for descending).
 */
public record Sorting(String defaultKey, Map<String, Sort> columns) {

}
