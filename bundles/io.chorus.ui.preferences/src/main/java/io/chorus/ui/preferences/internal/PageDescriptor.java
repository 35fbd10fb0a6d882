package io.chorus.ui.preferences.internal;

import io.chorus.ui.api.PreferencePageContribution;

/**
 * A page of the tree, before it is built.
 *
 * @param id       unique id
 * @param label    translated label
 * @param category the id of the page it sits under, or empty
 * @param order    position among its siblings
 * @param keywords further text the filter finds it by (the labels of its fields), possibly empty
 * @param group    whether it only groups other pages (left out of the tree while it has none)
 * @param factory  builds the page when it is first shown
 */
record PageDescriptor(String id, String label, String category, int order, String keywords, boolean group,
                      PreferencePageContribution factory) {
}
