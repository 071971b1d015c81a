//! The site shell and what every part shares: the page frame (header, navigation, footer), the
//! head tags, the boot data, the share block and pictures, the policy data, the node tree for
//! long island content, the content security policy and the browser calls.

pub mod boot;
pub mod browser;
pub mod dom;
pub mod policy_data;

#[cfg(feature = "ssr")]
pub mod csp;
#[cfg(feature = "ssr")]
pub mod language;
#[cfg(feature = "ssr")]
pub mod layout;
#[cfg(feature = "ssr")]
pub mod page_meta;
#[cfg(feature = "ssr")]
pub mod share;
#[cfg(feature = "ssr")]
pub mod share_pictures;
