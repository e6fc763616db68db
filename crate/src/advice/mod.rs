//! What we tell the user: the guide's reasons, actions and tips, ranked by evidence, per tone.
