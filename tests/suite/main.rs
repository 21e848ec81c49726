//! Every integration test in one binary (linked once), a module per topic:
//! the role library and `check`, search, the explorer and the kiosk, each run
//! as a user runs them.

mod common;

mod app_state;
mod bundled_roles;
mod bundled_routes;
mod career;
mod check_cli;
mod completion;
mod console;
mod contrast;
mod docs;
mod everyday_words;
mod explorer;
mod fits;
mod fits_real;
mod fits_words;
mod french_check;
mod french_commands;
mod french_explorer;
mod french_usage;
mod handout;
mod hostile_loader;
mod import;
mod kiosk;
mod kiosk_printing;
mod layers;
mod loader;
mod packaging;
mod readability;
mod relevance;
mod relevance_real;
mod render;
mod role_keys;
mod role_names;
mod screens;
mod search;
mod search_cli;
mod session;
mod session_items;
mod skills;
mod ssh_kiosk;
mod staff_advice;
mod staff_files;
mod terminal_conventions;
mod touch;
mod translations;
mod unwritable_output;
