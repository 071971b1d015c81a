//! Links the site's library, whose `#[island]` hydrate functions and start function are this
//! module's exports.
extern crate bhyt_toan_dan;
