//! Geometry for the two SVG charts, as plain numbers; the page writes the SVG elements.
//!
//! Bars and points use the shown (rounded-down) percentage, so a bar reaches the target line
//! exactly when its label says the target is met.

use crate::date::YearMonth;
use crate::figures::TrendPoint;
use crate::format::{format_month, format_percent};
use crate::model::{Percent, Unit};
use std::fmt::Write;

/// Distance between the tops of two bar rows, in viewBox units.
pub const BAR_ROW_PITCH: f64 = 10.0;
/// Height of one bar; the rest of the pitch is the gap between bars.
pub const BAR_HEIGHT: f64 = 7.0;
/// Width of the bar chart's viewBox: one unit per percentage point.
pub const BAR_CHART_WIDTH: f64 = 100.0;

/// A gridline with its label, e.g. at `position` 95.0 labelled `95%`.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisTick {
    /// x for the bar chart (0–100), y for the trend chart (viewBox units).
    pub position: f64,
    pub label: String,
}

/// Horizontal bars, one per unit, in a viewBox `0 0 100 height`.
/// Draw it with `preserveAspectRatio="none"` (or use `width` as a CSS percentage) and put the
/// names beside it as HTML text, so they never stretch.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub height: f64,
    /// x of the vertical target line.
    pub target_x: f64,
    /// 0 %, 20 % … 100 %.
    pub ticks: Vec<AxisTick>,
    pub rows: Vec<BarRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    pub unit_id: String,
    pub name: String,
    /// Top of the bar; every bar starts at x = 0.
    pub y: f64,
    pub height: f64,
    /// Coverage in percent, 0–100: the bar's width in the viewBox.
    pub width: f64,
    /// `93,4%`
    pub value_label: String,
    pub meets_target: bool,
}

/// One bar per unit, in the order given (use [`crate::Statistics::sorted_units`]).
pub fn bar_chart(units: &[&Unit], target: Percent) -> BarChart {
    let rows = units
        .iter()
        .enumerate()
        .map(|(index, unit)| {
            let coverage = unit.coverage(target);
            BarRow {
                unit_id: unit.id.clone(),
                name: unit.name.clone(),
                y: index as f64 * BAR_ROW_PITCH,
                height: BAR_HEIGHT,
                width: coverage.percent().as_f64(),
                value_label: format_percent(coverage.percent()),
                meets_target: coverage.meets_target(),
            }
        })
        .collect();
    let ticks = (0..=100)
        .step_by(20)
        .map(|percent| AxisTick { position: f64::from(percent), label: format!("{percent}%") })
        .collect();
    BarChart { height: units.len() as f64 * BAR_ROW_PITCH, target_x: target.as_f64(), ticks, rows }
}

/// The monthly coverage line, scaled into a viewBox `0 0 width height` (y grows downwards).
/// The y axis runs from a round value below the lowest point (or the target) up to 100 %.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendChart {
    pub width: f64,
    pub height: f64,
    /// Percentage at the bottom edge.
    pub y_min_percent: f64,
    /// Percentage at the top edge: always 100.
    pub y_max_percent: f64,
    /// Horizontal gridlines, bottom to top.
    pub y_ticks: Vec<AxisTick>,
    /// y of the horizontal target line.
    pub target_y: f64,
    pub points: Vec<ChartPoint>,
    /// SVG path data through the points, e.g. `M0.00,80.00 L50.00,60.00`; empty without points.
    pub line_path: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartPoint {
    pub x: f64,
    pub y: f64,
    pub month: YearMonth,
    /// `10/2026`, for the x axis.
    pub month_label: String,
    /// `93,4%`, for a tooltip or a data label.
    pub value_label: String,
}

/// Candidate gridline steps in percentage points, smallest first.
const Y_STEPS: [u32; 6] = [1, 2, 5, 10, 20, 25];
const MAX_Y_INTERVALS: u32 = 5;

pub fn trend_chart(points: &[TrendPoint], target: Percent, width: f64, height: f64) -> TrendChart {
    let lowest = points
        .iter()
        .map(|point| point.coverage.percent())
        .chain(std::iter::once(target))
        .min()
        .unwrap_or(target)
        .as_f64();
    let (y_min, step) = y_axis(lowest);
    let y_max = 100.0;
    let scale_y = |percent: f64| height - (percent - y_min) / (y_max - y_min) * height;

    let first_month = points.first().map(|point| point.month.months_since_year_zero()).unwrap_or(0);
    let last_month = points.last().map(|point| point.month.months_since_year_zero()).unwrap_or(0);
    let month_span = f64::from(last_month.saturating_sub(first_month));
    let chart_points: Vec<ChartPoint> = points
        .iter()
        .map(|point| {
            let x = if month_span == 0.0 {
                width / 2.0
            } else {
                f64::from(point.month.months_since_year_zero() - first_month) / month_span * width
            };
            let percent = point.coverage.percent();
            ChartPoint {
                x,
                y: scale_y(percent.as_f64()),
                month: point.month,
                month_label: format_month(point.month),
                value_label: format_percent(percent),
            }
        })
        .collect();

    let mut line_path = String::new();
    for (index, point) in chart_points.iter().enumerate() {
        let command = if index == 0 { "M" } else { " L" };
        let _ = write!(line_path, "{command}{:.2},{:.2}", point.x, point.y);
    }

    let y_ticks = (0..)
        .map(|index| y_min + f64::from(index * step))
        .take_while(|percent| *percent <= y_max)
        .map(|percent| AxisTick { position: scale_y(percent), label: format!("{percent}%") })
        .collect();

    TrendChart {
        width,
        height,
        y_min_percent: y_min,
        y_max_percent: y_max,
        y_ticks,
        target_y: scale_y(target.as_f64()),
        points: chart_points,
        line_path,
    }
}

/// The bottom of the y axis and the gridline step: the smallest step that covers
/// `lowest`–100 % in at most five intervals, leaving a quarter step of room below `lowest`.
fn y_axis(lowest: f64) -> (f64, u32) {
    for step in Y_STEPS {
        let step_f = f64::from(step);
        let mut bottom = (lowest / step_f).floor() * step_f;
        if lowest - bottom < step_f / 4.0 {
            bottom -= step_f;
        }
        let bottom = bottom.max(0.0);
        if (100.0 - bottom) / step_f <= f64::from(MAX_Y_INTERVALS) {
            return (bottom, step);
        }
    }
    (0.0, 25)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn y_axis_picks_round_bounds() {
        assert_eq!(y_axis(88.9), (85.0, 5));
        assert_eq!(y_axis(91.0), (90.0, 2));
        assert_eq!(y_axis(95.0), (94.0, 2));
        assert_eq!(y_axis(99.9), (99.0, 1));
        assert_eq!(y_axis(0.0), (0.0, 20));
        assert_eq!(y_axis(42.0), (20.0, 20));
    }
}
