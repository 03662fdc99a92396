//! Artwork as the scanner sees it: which embedded picture stands for a file, whether an
//! image is one the hub can serve, and the content-derived ids that name images.
//!
//! Ids are derived from the bytes (not the path), so a changed cover gets a new id and an
//! artwork URL can be cached for ever. Only where to find the bytes is stored; the bytes
//! are read again when served (`app::artwork`).

use std::io::Cursor;
use std::path::Path;

use lofty::config::ParseOptions;
use lofty::file::TaggedFileExt;
use lofty::picture::{Picture, PictureType};
use lofty::probe::Probe;
use lofty::tag::Tag;
use sha2::{Digest, Sha256};

/// The id of an image with these bytes: `aw_` and the first 128 bits of their SHA-256.
pub fn artwork_id(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut id = String::with_capacity(3 + 32);
    id.push_str("aw_");
    for byte in &digest[..16] {
        id.push_str(&format!("{byte:02x}"));
    }
    id
}

/// The MIME type of an image the hub can decode, from its header (the format and the
/// dimensions are read, not the pixels); `None` for anything else. Cheap enough for every
/// picture a scan meets, so an undecodable picture is never offered.
pub fn image_type(bytes: &[u8]) -> Option<&'static str> {
    let reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    let format = reader.format()?;
    let mime = match format {
        image::ImageFormat::Jpeg => "image/jpeg",
        image::ImageFormat::Png => "image/png",
        image::ImageFormat::WebP => "image/webp",
        _ => return None,
    };
    let (width, height) = reader.into_dimensions().ok()?;
    (width > 0 && height > 0).then_some(mime)
}

/// The picture that stands for a file: the first labelled front cover, else the first
/// picture, over its tags in the order given (primary tag first).
pub fn pick_picture<'a>(tags: &[&'a Tag]) -> Option<&'a Picture> {
    let all = || tags.iter().flat_map(|t| t.pictures());
    all()
        .find(|p| p.pic_type() == PictureType::CoverFront)
        .or_else(|| all().next())
}

/// The id of a file's embedded artwork, when its picture is one the hub can serve. An
/// undecodable picture is treated as absent, and logged here, once per read of the file.
pub fn embedded_artwork_id(tags: &[&Tag], path: &Path) -> Option<String> {
    let picture = pick_picture(tags)?;
    if image_type(picture.data()).is_none() {
        tracing::warn!(
            path = %path.display(),
            "the embedded picture is not an image the hub can decode; treated as absent"
        );
        return None;
    }
    Some(artwork_id(picture.data()))
}

/// The bytes of a file's embedded artwork, read again (for serving): the same choice as
/// the scan made. `None` when the file cannot be read or has no picture.
pub fn read_embedded(path: &Path) -> Option<Vec<u8>> {
    let options = ParseOptions::new().read_cover_art(true);
    // lofty is not trusted not to panic on a malformed file (see `tags`).
    std::panic::catch_unwind(|| {
        let tagged = Probe::open(path)
            .ok()?
            .options(options)
            .guess_file_type()
            .ok()?
            .read()
            .ok()?;
        let mut tags: Vec<&Tag> = Vec::new();
        if let Some(primary) = tagged.primary_tag() {
            tags.push(primary);
        }
        for tag in tagged.tags() {
            if !tags.iter().any(|t| std::ptr::eq(*t, tag)) {
                tags.push(tag);
            }
        }
        pick_picture(&tags).map(|p| p.data().to_vec())
    })
    .ok()
    .flatten()
}

/// A folder image's size and modification time: a rescan hashes the image again only
/// when this changed.
pub fn file_stamp(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some(format!("{}:{mtime}", meta.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_content() {
        assert_eq!(artwork_id(b"a"), artwork_id(b"a"));
        assert_ne!(artwork_id(b"a"), artwork_id(b"b"));
        assert!(artwork_id(b"a").starts_with("aw_"));
        assert_eq!(artwork_id(b"a").len(), 35);
    }

    #[test]
    fn only_decodable_images_have_a_type() {
        let mut png = Vec::new();
        image::RgbImage::new(2, 3)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .expect("encode");
        assert_eq!(image_type(&png), Some("image/png"));
        assert_eq!(image_type(b"not an image at all"), None);
        assert_eq!(image_type(&png[..20]), None);
    }
}
