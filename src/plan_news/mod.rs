//! The local plan (`/ke-hoach/`), the news (`/tin-tuc/…`) and the questions and answers
//! (`/hoi-dap/`): pages made from the content files, rendered at build time only. They have no
//! island, so none of their code or text is in the WebAssembly.

#[cfg(feature = "ssr")]
pub mod document_view;
#[cfg(feature = "ssr")]
pub mod page;
