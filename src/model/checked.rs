//! Values checked while a case file is read, so that a bad value is refused with the line and
//! column where it stands: amounts and quantities are finite and non-negative, resource kinds
//! exist in the catalogue.

use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

use super::catalogue::{Catalogue, KindDef};
use super::problem::Problem;

/// The largest amount, quantity or rate accepted: a thousand billion, far above any
/// association's budget, and far below what would overflow a total.
pub const MAX_NUMBER: f64 = 1e12;

/// Why a number cannot be an amount or a quantity; `None` when it can.
pub fn number_problem(value: f64) -> Option<Problem> {
    if !value.is_finite() {
        Some(Problem::NotFinite)
    } else if value < 0.0 {
        Some(Problem::Negative(value))
    } else if value > MAX_NUMBER {
        Some(Problem::TooLarge(value))
    } else {
        None
    }
}

/// Deserializes a finite, non-negative number.
pub fn non_negative<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let value = f64::deserialize(d)?;
    match number_problem(value) {
        Some(problem) => Err(D::Error::custom(problem)),
        None => Ok(value),
    }
}

/// Deserializes an optional finite, non-negative number.
pub fn opt_non_negative<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    let value = Option::<f64>::deserialize(d)?;
    if let Some(problem) = value.and_then(number_problem) {
        return Err(D::Error::custom(problem));
    }
    Ok(value)
}

/// The id of a resource kind that exists in the built-in catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KindId(String);

impl KindId {
    /// The id of `id` if the catalogue knows it.
    pub fn new(id: &str) -> Option<KindId> {
        Catalogue::builtin().get(id).map(|_| KindId(id.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The kind's name in the catalogue (its id if the catalogue has none).
    pub fn label(&self) -> &str {
        self.def().map_or(self.as_str(), |d| d.label.as_str())
    }

    /// The catalogue entry; it exists by construction.
    pub fn def(&self) -> Option<&'static KindDef> {
        Catalogue::builtin().get(&self.0)
    }
}

impl Serialize for KindId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for KindId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<KindId, D::Error> {
        let id = String::deserialize(d)?;
        KindId::new(&id).ok_or_else(|| {
            D::Error::custom(format!(
                "type de ressource inconnu « {id} » : il n'existe pas dans l'arbre des leviers"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_that_are_not_amounts_are_explained() {
        assert!(number_problem(0.0).is_none());
        assert!(number_problem(12.5).is_none());
        assert!(
            number_problem(-1.0)
                .unwrap()
                .to_string()
                .contains("négative")
        );
        assert!(
            number_problem(f64::NAN)
                .unwrap()
                .to_string()
                .contains("non finie")
        );
        assert!(
            number_problem(f64::INFINITY)
                .unwrap()
                .to_string()
                .contains("non finie")
        );
        assert!(
            number_problem(1e308)
                .unwrap()
                .to_string()
                .contains("trop grande")
        );
        assert!(number_problem(MAX_NUMBER).is_none());
        let tiny = number_problem(-1e-300).unwrap().to_string();
        assert!(tiny.len() < 120, "{tiny}");
    }

    #[test]
    fn unknown_kind_is_refused() {
        assert!(KindId::new("cotisations").is_some());
        assert!(KindId::new("loterie").is_none());
        let err = ron::from_str::<KindId>("\"loterie\"").unwrap_err();
        assert!(err.to_string().contains("loterie"));
    }
}
