//! Text folded for comparing words as a reader reads them: lower case, French accents and
//! cedilla dropped, the typographic apostrophe made straight — « Débit », « DEBIT » and
//! « débit » are one word.

/// `text` in lower case without its French accents: « Crédit » → « credit », « À nouveaux » →
/// « a nouveaux », « l’association » → « l'association ».
pub fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'à' | 'â' | 'ä' => 'a',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ÿ' => 'y',
            'ç' => 'c',
            '\u{2019}' => '\'',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_apostrophes_fold_away() {
        assert_eq!(fold("Crédit"), "credit");
        assert_eq!(fold("DÉBIT"), "debit");
        assert_eq!(fold("À nouveaux"), "a nouveaux");
        assert_eq!(fold("Reçu l’Ô"), "recu l'o");
        assert_eq!(fold("Îlot Ûber Ëva Ç"), "ilot uber eva c");
    }
}
