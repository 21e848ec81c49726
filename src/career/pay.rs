//! Pay as the current language writes it: amounts, currencies and units,
//! for a role's sheet and for comparisons alike.

use crate::i18n::decimal;
use crate::t;

/// An amount of pay as the current language writes it: `31.15` in English,
/// `31,15 $` in French for Canadian dollars (the currency and unit are said
/// once, above the figures).
pub fn money(value: f64, currency: Option<&str>) -> String {
    let amount = decimal(value, 2);
    if currency.is_some_and(|c| c.trim() == "CAD") {
        t!("sheet-money-cad", amount = amount)
    } else {
        amount
    }
}

/// "CAD per hour", "per year", "CAD": what a role file says pay is counted
/// in, in the current language; nothing when it says neither.
pub fn pay_terms(currency: Option<&str>, unit: Option<&str>) -> Option<String> {
    match (currency, unit) {
        (Some(c), Some(u)) => Some(t!(
            "sheet-pay-currency-per-unit",
            currency = currency_name(c),
            per = per_unit(u)
        )),
        (Some(c), None) => Some(currency_name(c)),
        (None, Some(u)) => Some(per_unit(u)),
        (None, None) => None,
    }
}

/// The currency as the current language names it where it knows it
/// (`CAD`), else as written.
pub fn currency_name(currency: &str) -> String {
    match currency.trim() {
        "CAD" => t!("sheet-currency-cad"),
        _ => currency.to_string(),
    }
}

/// "per hour": the units role files use have a phrase of their own in each
/// language ("de l'heure", "par année"); any other is put in as written.
pub fn per_unit(unit: &str) -> String {
    match unit.trim() {
        "hour" => t!("sheet-per-hour"),
        "day" => t!("sheet-per-day"),
        "week" => t!("sheet-per-week"),
        "month" => t!("sheet-per-month"),
        "year" => t!("sheet-per-year"),
        _ => t!("sheet-per-unit", unit = unit),
    }
}
