package io.chorus.ui.dashboard.internal;

import io.chorus.ui.api.DashboardTile;

/**
 * A tile as a dashboard shows it.
 *
 * @param id    its {@code chorus.tile.id}
 * @param label its title, translated
 * @param order its position
 * @param tile  what computes it
 */
public record TileEntry(String id, String label, int order, DashboardTile tile) {
}
