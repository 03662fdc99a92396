//! Integration tests against a real hub on a loopback port. One binary for all of them, so
//! the crate links once.

mod common;

mod access;
mod artwork;
mod auth;
mod browser;
mod browser_docs;
mod browser_home;
mod browser_share;
mod browser_transcode;
mod cli;
mod contract;
mod database;
mod errors;
mod events;
mod home_page;
mod layout;
mod library_playlists;
mod loudness;
mod media;
mod metadata;
mod musicbrainz;
mod netns;
mod playback;
mod playlists;
mod reliability;
mod saved;
mod scan;
mod share_page;
mod shares;
mod system;
mod tags_write;
mod tracks;
mod transcode;
mod webdriver;
