//! Direct quotations and their speakers.

use super::{Entity, Mention, Quote};

/// Find every quotation in a body and attribute it, using the body's entity mentions.
pub fn find(_body: &str, _entities: &[Entity], _mentions: &[Mention]) -> Vec<Quote> {
    Vec::new()
}
