//! Named-entity recognition: people, organizations and places in a body.

use super::{Entity, Mention};

/// Find the entities a body names and every mention of them, mentions in body order.
pub fn find(_body: &str) -> (Vec<Entity>, Vec<Mention>) {
    (Vec::new(), Vec::new())
}
