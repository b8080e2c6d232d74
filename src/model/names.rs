//! Names quoted in a sentence: a name a consultant typed may be thousands of characters long,
//! and a message or an undo step quotes only its beginning.

/// `name` cut after its last whole word within `most` characters, with « … » when cut.
pub fn short_name(name: &str, most: usize) -> String {
    let name = name.trim();
    if name.chars().count() <= most {
        return name.to_owned();
    }
    let mut kept = String::new();
    for word in name.split_whitespace() {
        let longer = if kept.is_empty() {
            word.to_owned()
        } else {
            format!("{kept} {word}")
        };
        if longer.chars().count() > most {
            break;
        }
        kept = longer;
    }
    if kept.is_empty() {
        kept = name.chars().take(most).collect();
    }
    format!("{}…", kept.trim_end_matches([',', ';', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_name_is_cut_after_a_whole_word_and_a_word_alone_is_cut_too() {
        assert_eq!(short_name("Budget 2027", 28), "Budget 2027");
        assert_eq!(
            short_name("Perte de la subvention régionale, puis du mécénat", 28),
            "Perte de la subvention…"
        );
        assert_eq!(short_name(&"x".repeat(100_000), 5), "xxxxx…");
    }
}
