//! newsdb library.
pub mod extract;
