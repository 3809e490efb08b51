//! Identity keys: fold spelling variants of a name to one key.
