//! Days of the civil calendar as the accounts write them: (year, month, day), counted in days
//! since 1970-01-01 both ways (H. Hinnant's algorithms), and said « JJ/MM/AAAA ».

/// A date: (year, month, day).
pub type Day = (i32, u32, u32);

/// « 01/09/2024 ».
pub fn day((y, m, d): Day) -> String {
    format!("{d:02}/{m:02}/{y:04}")
}

/// Days since 1970-01-01.
pub fn days((y, m, d): Day) -> i64 {
    let (m, d) = (i64::from(m), i64::from(d));
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` days after 1970-01-01 (before it when negative).
pub fn civil(days: i64) -> Day {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        i32::try_from(y).unwrap_or(i32::MAX),
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_both_ways_from_1970() {
        assert_eq!(days((1970, 1, 1)), 0);
        assert_eq!(days((2024, 3, 1)) - days((2024, 2, 28)), 2);
        for date in [
            (1900, 1, 1),
            (1969, 12, 31),
            (2024, 2, 29),
            (2025, 8, 31),
            (9999, 12, 31),
        ] {
            assert_eq!(civil(days(date)), date);
        }
        assert_eq!(day((2024, 9, 1)), "01/09/2024");
    }
}
