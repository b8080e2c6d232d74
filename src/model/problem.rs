//! What is wrong with a case or with one of its values, as facts: which value, how far off,
//! and where it stands. The text floor words it (`text::problem`, French for `Display`), so
//! that the file's refusal, an edit's refusal and the command line say it the same way.

/// A problem found in a case, or in a value about to enter one.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// `problem`, found at `place`.
    At(Place, Box<Problem>),
    /// The case holds no snapshot.
    NoSnapshot,
    /// More `what` than the case accepts.
    TooMany {
        what: Counted,
        count: usize,
        most: usize,
    },
    /// A text longer than the case accepts.
    TooLong {
        field: Field,
        chars: usize,
        most: usize,
    },
    /// NaN or an infinity where an amount or a quantity is expected.
    NotFinite,
    /// A negative amount or quantity.
    Negative(f64),
    /// An amount or a quantity over `model::MAX_NUMBER`.
    TooLarge(f64),
    /// Hours per ETP that are no yearly working time.
    EtpHours(f64),
    /// An account prefix that is not 1 to 20 digits (its first 40 characters).
    AccountPrefix(String),
    /// An account rule that offers no kind to choose from.
    EmptyChoice { prefix: String },
    /// An account rule whose reason to ignore is too long.
    ReasonTooLong { prefix: String },
    /// A snapshot without a name.
    UnnamedSnapshot,
    /// Two snapshots of the same name (its beginning, `short_name`).
    SameName(String),
    /// Line `line` (counted from 1) has the id of another line.
    LineIdUsed { line: usize, id: u32 },
    /// A strategic importance outside 1 to 3.
    Importance(u8),
    /// A link to an alliance that points to a line of another lever.
    NotAnAlliance(u32),
    /// A link to an alliance that points to no line.
    NoAlliance(u32),
}

/// Where a problem stands in a case.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    /// Action `n` of the action plan, counted from 1.
    Action(usize),
    Valuation,
    AccountRules,
    /// The snapshot of this name (its beginning).
    Snapshot(String),
    /// The scenario of this name (its beginning).
    Scenario(String),
    /// Round `n` of the autodiagnostic, counted from 1.
    Round(usize),
    /// Line `n` of a snapshot, counted from 1, and its label (its beginning).
    Line(usize, String),
    /// Line `n` of lines about to be added, counted from 1.
    NewLine(usize),
}

/// What a case holds a bounded number of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    Snapshots,
    Actions,
    AccountRules,
    Rounds,
    Answers,
    Scenarios,
    Changes,
    Lines,
}

/// A text field of a case, for a text too long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    OrganisationName,
    Approvals,
    Sector,
    Territory,
    Project,
    Consultant,
    Decisions,
    SessionNotes,
    SessionDate,
    Action,
    Owner,
    Due,
    ValidatedBy,
    ValidatedOn,
    Autodiagnostic,
    Name,
    BaseSnapshot,
    Funder,
    Label,
    Counterparty,
    Note,
}

impl Problem {
    /// This problem, found at `place`.
    pub fn at(self, place: Place) -> Problem {
        Problem::At(place, Box::new(self))
    }
}
