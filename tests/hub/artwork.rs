//! Artwork (`GET /api/media/artwork/{id}`): embedded and folder images, the ids the
//! catalogue carries, sizes, tags and `304`, the bounded disk cache, one decode for many
//! concurrent requests, covers added beside unchanged files, and bad pictures.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use image::{DynamicImage, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};
use lofty::config::WriteOptions;
use lofty::file::{AudioFile, TaggedFileExt};
use lofty::picture::{MimeType, Picture, PictureType};
use lofty::tag::Accessor;
use music_hub::app::artwork::resize;
use music_hub::library::artwork::artwork_id;
use music_hub::library::generate;
use serde_json::{json, Value};

use crate::common::{
    all_tracks, api_error, by_title, finished_scan, hub_on, json_with_status, start_scan, TestHub,
};

/// An opaque JPEG of `width`×`height` with noise in it (so encoders cannot make it tiny and
/// decoding takes real work); `seed` makes different images.
fn noisy_jpeg(width: u32, height: u32, seed: u32) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    let image = RgbImage::from_fn(width, height, |_, _| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let [a, b, c, _] = state.to_le_bytes();
        Rgb([a, b, c])
    });
    encode(DynamicImage::ImageRgb8(image), ImageFormat::Jpeg)
}

fn encode(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut out), format)
        .expect("encode");
    out
}

fn dimensions(bytes: &[u8]) -> (u32, u32) {
    let image = image::load_from_memory(bytes).expect("the answer decodes");
    (image.width(), image.height())
}

/// A copy of a fixture MP3 at `dir/name`, retagged as `title` on `album`, holding exactly
/// `pictures` (bytes, type).
fn track_file(dir: &Path, name: &str, album: &str, title: &str, pictures: &[(&[u8], PictureType)]) {
    std::fs::create_dir_all(dir).expect("mkdir");
    let path = dir.join(name);
    std::fs::copy(
        generate::fixtures_dir().join("Beyoncé/Dangerously in Love/01 Crazy in Love.mp3"),
        &path,
    )
    .expect("copy the fixture");
    let mut file = lofty::read_from_path(&path).expect("read the copy");
    let tag = file.primary_tag_mut().expect("the fixture has a tag");
    while tag.picture_count() > 0 {
        tag.remove_picture(0);
    }
    tag.set_album(album.to_owned());
    tag.set_title(title.to_owned());
    for (bytes, kind) in pictures {
        tag.push_picture(
            Picture::unchecked(bytes.to_vec())
                .pic_type(*kind)
                .mime_type(MimeType::Jpeg)
                .build(),
        );
    }
    file.save_to_path(&path, WriteOptions::default())
        .expect("save the tag");
}

async fn artwork(hub: &TestHub, id: &str, query: &str) -> reqwest::Response {
    hub.get(&format!("/api/media/artwork/{id}{query}")).await
}

async fn bytes_with_status(response: reqwest::Response, status: u16) -> (String, Vec<u8>) {
    assert_eq!(response.status().as_u16(), status, "{response:?}");
    let content_type = header(&response, "content-type");
    let body = response.bytes().await.expect("body").to_vec();
    (content_type, body)
}

fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

async fn album_of(hub: &TestHub, track: &Value) -> Value {
    let id = track["album"]["id"].as_str().expect("album id");
    json_with_status(hub.get(&format!("/api/album/{id}")).await, 200).await["album"].clone()
}

struct Library {
    _dir: tempfile::TempDir,
    root: PathBuf,
    /// A 600×400 JPEG embedded (as the front cover, after a back cover) in "Embedded".
    embedded: Vec<u8>,
    /// Embedded in "Folder"'s track, whose folder also has `cover.png`.
    own: Vec<u8>,
    cover: Vec<u8>,
    /// A PNG with transparent pixels, the folder image of "Clear".
    clear: Vec<u8>,
}

fn library() -> Library {
    let dir = tempfile::tempdir().expect("temp library");
    let root = dir.path().join("Music");
    let embedded = noisy_jpeg(600, 400, 1);
    let back = noisy_jpeg(50, 50, 2);
    track_file(
        &root.join("Embedded"),
        "01 a.mp3",
        "Embedded Album",
        "Embedded Song",
        &[
            (&back, PictureType::CoverBack),
            (&embedded, PictureType::CoverFront),
        ],
    );
    let own = noisy_jpeg(100, 100, 3);
    track_file(
        &root.join("Folder"),
        "01 b.mp3",
        "Folder Album",
        "Own Picture Song",
        &[(&own, PictureType::Other)],
    );
    track_file(
        &root.join("Folder"),
        "02 c.mp3",
        "Folder Album",
        "Plain Song",
        &[],
    );
    let cover = encode(
        DynamicImage::ImageRgb8(RgbImage::from_pixel(800, 800, Rgb([0, 0, 255]))),
        ImageFormat::Png,
    );
    std::fs::write(root.join("Folder/Cover.PNG"), &cover).expect("cover");
    track_file(
        &root.join("Clear"),
        "01 d.mp3",
        "Clear Album",
        "Clear Song",
        &[],
    );
    let mut pixels = RgbaImage::from_pixel(200, 100, Rgba([10, 200, 10, 255]));
    pixels.put_pixel(0, 0, Rgba([0, 0, 0, 0]));
    let clear = encode(DynamicImage::ImageRgba8(pixels), ImageFormat::Png);
    std::fs::write(root.join("Clear/folder.png"), &clear).expect("folder image");
    Library {
        _dir: dir,
        root,
        embedded,
        own,
        cover,
        clear,
    }
}

#[tokio::test]
async fn embedded_and_folder_artwork_have_ids_and_are_served_at_each_size() {
    let lib = library();
    let hub = hub_on(&lib.root, false).await;
    finished_scan(&hub).await;
    let tracks = by_title(&all_tracks(&hub).await);

    // The front cover, not the first picture; the track, its album and its artist agree.
    let embedded_id = artwork_id(&lib.embedded);
    let song = &tracks["Embedded Song"];
    assert_eq!(song["artworkId"], embedded_id.as_str(), "{song}");
    assert_eq!(
        album_of(&hub, song).await["artworkId"],
        embedded_id.as_str()
    );
    let artist_id = song["albumArtists"][0]["id"].as_str().expect("artist");
    let artist = json_with_status(hub.get(&format!("/api/artist/{artist_id}")).await, 200).await;
    assert!(
        artist.to_string().contains("aw_"),
        "the artist has artwork: {artist}"
    );

    // The folder image is the album's; a track's own picture stays the track's.
    let cover_id = artwork_id(&lib.cover);
    assert_eq!(
        tracks["Own Picture Song"]["artworkId"],
        artwork_id(&lib.own).as_str()
    );
    assert_eq!(tracks["Plain Song"]["artworkId"], cover_id.as_str());
    assert_eq!(
        album_of(&hub, &tracks["Plain Song"]).await["artworkId"],
        cover_id.as_str()
    );

    // Without a size: the original bytes, with their own type and the caching headers.
    let response = artwork(&hub, &embedded_id, "").await;
    assert_eq!(
        header(&response, "cache-control"),
        "private, max-age=31536000, immutable"
    );
    let original_tag = header(&response, "etag");
    assert!(original_tag.contains(&embedded_id), "{original_tag}");
    assert_eq!(
        bytes_with_status(response, 200).await,
        ("image/jpeg".into(), lib.embedded.clone())
    );
    assert_eq!(
        bytes_with_status(artwork(&hub, &cover_id, "").await, 200).await,
        ("image/png".into(), lib.cover.clone())
    );

    // Each size fits the square, keeps the ratio, and never grows the image.
    let mut tags = vec![original_tag.clone()];
    for (size, expected) in [
        (32, (32, 21)),
        (300, (300, 200)),
        (599, (599, 399)),
        (2048, (600, 400)),
    ] {
        let response = artwork(&hub, &embedded_id, &format!("?size={size}")).await;
        tags.push(header(&response, "etag"));
        let (content_type, body) = bytes_with_status(response, 200).await;
        assert_eq!(content_type, "image/jpeg");
        assert_eq!(dimensions(&body), expected, "size {size}");
    }
    tags.sort();
    tags.dedup();
    assert_eq!(tags.len(), 5, "a tag per size: {tags:?}");
    let (content_type, body) =
        bytes_with_status(artwork(&hub, &cover_id, "?size=64").await, 200).await;
    assert_eq!(
        (content_type.as_str(), dimensions(&body)),
        ("image/jpeg", (64, 64))
    );

    // Transparency stays: PNG.
    let clear_id = artwork_id(&lib.clear);
    assert_eq!(tracks["Clear Song"]["artworkId"], clear_id.as_str());
    let (content_type, body) =
        bytes_with_status(artwork(&hub, &clear_id, "?size=100").await, 200).await;
    assert_eq!(
        (content_type.as_str(), dimensions(&body)),
        ("image/png", (100, 50))
    );

    // The tag it was sent with answers 304, with no body; another tag does not.
    let sized = artwork(&hub, &embedded_id, "?size=300").await;
    let tag = header(&sized, "etag");
    for (sent, status) in [
        (tag.clone(), 304),
        (format!("\"other\", {tag}"), 304),
        (original_tag.clone(), 200),
        ("\"nope\"".to_owned(), 200),
    ] {
        let response = hub
            .client
            .get(hub.url(&format!("/api/media/artwork/{embedded_id}?size=300")))
            .header("If-None-Match", sent.as_str())
            .send()
            .await
            .expect("request");
        assert_eq!(response.status().as_u16(), status, "If-None-Match: {sent}");
        if status == 304 {
            assert_eq!(header(&response, "etag"), tag);
            assert!(response.bytes().await.expect("body").is_empty());
        }
    }

    // Unknown ids and sizes out of range.
    let unknown = format!("aw_{}", "0".repeat(32));
    api_error(artwork(&hub, &unknown, "").await, 404, "not_found").await;
    api_error(artwork(&hub, &unknown, "?size=300").await, 404, "not_found").await;
    api_error(artwork(&hub, "al_nothing", "").await, 404, "not_found").await;
    for size in ["16", "31", "2049", "-5", "big"] {
        let response = artwork(&hub, &embedded_id, &format!("?size={size}")).await;
        assert_eq!(response.status().as_u16(), 400, "size {size}");
    }
}

#[tokio::test]
async fn a_picture_that_does_not_decode_is_absent_and_never_a_500() {
    let dir = tempfile::tempdir().expect("temp library");
    let root = dir.path().join("Music");
    // Garbage labelled as a JPEG: no id at all.
    track_file(
        &root.join("Garbage"),
        "01.mp3",
        "Garbage Album",
        "Garbage Song",
        &[(
            b"\xff\xd8\xff\xe0 this is not a picture",
            PictureType::CoverFront,
        )],
    );
    // A PNG whose header is whole but whose pixels are cut off: offered (its header reads),
    // served as it is, and absent when it has to be decoded to be scaled.
    let png = encode(
        DynamicImage::ImageRgb8(RgbImage::from_fn(300, 300, |x, y| {
            Rgb([(x * y) as u8, x as u8, y as u8])
        })),
        ImageFormat::Png,
    );
    let cut = png[..png.len() / 2].to_vec();
    track_file(
        &root.join("Cut"),
        "01.mp3",
        "Cut Album",
        "Cut Song",
        &[(&cut, PictureType::CoverFront)],
    );
    let hub = hub_on(&root, false).await;
    finished_scan(&hub).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let garbage = &tracks["Garbage Song"];
    assert!(garbage.get("artworkId").is_none(), "{garbage}");
    assert!(album_of(&hub, garbage).await.get("artworkId").is_none());

    let cut_id = artwork_id(&cut);
    assert_eq!(tracks["Cut Song"]["artworkId"], cut_id.as_str());
    for _ in 0..2 {
        api_error(artwork(&hub, &cut_id, "?size=64").await, 404, "not_found").await;
    }
}

#[tokio::test]
async fn a_cover_added_beside_unchanged_files_is_picked_up_by_a_rescan_and_the_watcher() {
    let lib = library();
    let hub = hub_on(&lib.root, false).await;
    finished_scan(&hub).await;
    let song = by_title(&all_tracks(&hub).await)["Embedded Song"].clone();
    assert_eq!(
        album_of(&hub, &song).await["artworkId"],
        artwork_id(&lib.embedded).as_str()
    );

    let cover = noisy_jpeg(120, 120, 9);
    std::fs::write(lib.root.join("Embedded/cover.jpg"), &cover).expect("cover");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    let status = finished_scan(&hub).await;
    assert_eq!(status["filesUnchanged"], 4, "an ordinary rescan: {status}");
    let album = album_of(&hub, &song).await;
    assert_eq!(album["artworkId"], artwork_id(&cover).as_str(), "{album}");
    assert_eq!(
        bytes_with_status(artwork(&hub, &artwork_id(&cover), "").await, 200)
            .await
            .1,
        cover
    );
    // The track keeps its own picture.
    let again = by_title(&all_tracks(&hub).await)["Embedded Song"].clone();
    assert_eq!(again["artworkId"], artwork_id(&lib.embedded).as_str());
    hub.stop().await;

    // The watcher: a replaced cover gets a new id; the old one is gone.
    let hub = hub_on(&lib.root, true).await;
    finished_scan(&hub).await;
    let replaced = noisy_jpeg(130, 130, 10);
    tokio::time::sleep(Duration::from_millis(300)).await;
    std::fs::write(lib.root.join("Embedded/cover.jpg"), &replaced).expect("replace");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let album = album_of(&hub, &song).await;
        if album["artworkId"] == artwork_id(&replaced).as_str() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the watcher missed the cover: {album}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    api_error(
        artwork(&hub, &artwork_id(&cover), "").await,
        404,
        "not_found",
    )
    .await;
}

/// An ordinary rescan, with no track changed, keeps a cover left alone and sees one
/// replaced or removed (what any shortcut past choosing covers again must keep).
#[tokio::test]
async fn an_ordinary_rescan_sees_a_cover_replaced_or_removed_and_keeps_one_left_alone() {
    let lib = library();
    let hub = hub_on(&lib.root, false).await;
    finished_scan(&hub).await;
    let song = by_title(&all_tracks(&hub).await)["Embedded Song"].clone();
    let rescan = || async {
        json_with_status(start_scan(&hub, json!({})).await, 202).await;
        let status = finished_scan(&hub).await;
        assert_eq!(status["filesUnchanged"], 4, "an ordinary rescan: {status}");
        album_of(&hub, &song).await["artworkId"].clone()
    };
    let cover_path = lib.root.join("Embedded/cover.jpg");
    let cover = noisy_jpeg(120, 120, 9);
    std::fs::write(&cover_path, &cover).expect("cover");
    assert_eq!(rescan().await, artwork_id(&cover).as_str());
    assert_eq!(rescan().await, artwork_id(&cover).as_str(), "left alone");

    let replaced = noisy_jpeg(130, 130, 10);
    std::fs::write(&cover_path, &replaced).expect("replace");
    assert_eq!(rescan().await, artwork_id(&replaced).as_str(), "replaced");

    std::fs::remove_file(&cover_path).expect("remove");
    assert_eq!(
        rescan().await,
        artwork_id(&lib.embedded).as_str(),
        "removed"
    );
}

/// The cover digest of the most recent run (`None`: it recorded none).
async fn latest_cover_digest(hub: &TestHub) -> Option<String> {
    use diesel::prelude::*;
    use music_hub::db::schema::scan_runs::dsl as runs;
    hub.hub
        .db
        .run(|conn| {
            Ok(runs::scan_runs
                .select(runs::cover_digest)
                .order((runs::started_at.desc(), runs::id.desc()))
                .first::<Option<String>>(conn)?)
        })
        .await
        .expect("read scan_runs")
}

/// Takes an album's cover away behind the scanner's back: only choosing covers again puts
/// it back, so whether a rescan did shows.
async fn wipe_cover(hub: &TestHub, album_id: &str) {
    use diesel::prelude::*;
    let album_id = album_id.to_owned();
    hub.hub
        .db
        .run(move |conn| {
            diesel::sql_query(
                "UPDATE albums SET artwork_source = 'none', artwork_id = NULL, \
                 artwork_track_id = NULL, artwork_root_id = NULL, artwork_rel_path = NULL, \
                 artwork_stamp = NULL WHERE id = ?",
            )
            .bind::<diesel::sql_types::Text, _>(album_id)
            .execute(conn)?;
            Ok(())
        })
        .await
        .expect("wipe the cover");
}

/// An ordinary rescan keeps the covers of albums whose tracks did not change only right
/// after a completed run of every root that chose them all over the same folder images
/// (issue 17's unchanged rescan); any run between, a full scan, or a folder it could not
/// list makes it choose every cover again.
#[tokio::test]
async fn an_ordinary_rescan_keeps_covers_only_right_after_a_run_that_chose_them_all() {
    let lib = library();
    let hub = hub_on(&lib.root, false).await;
    finished_scan(&hub).await;
    let song = by_title(&all_tracks(&hub).await)["Plain Song"].clone();
    let album_id = song["album"]["id"].as_str().expect("album id").to_owned();
    let cover = || async { album_of(&hub, &song).await["artworkId"].clone() };
    let rescan = |body: Value| async {
        json_with_status(start_scan(&hub, body).await, 202).await;
        finished_scan(&hub).await
    };
    assert_eq!(cover().await, artwork_id(&lib.cover).as_str());
    let first = latest_cover_digest(&hub)
        .await
        .expect("a first scan records a digest");

    wipe_cover(&hub, &album_id).await;
    rescan(json!({})).await;
    assert_eq!(cover().await, Value::Null, "kept as the run before left it");
    assert_eq!(
        latest_cover_digest(&hub).await.as_deref(),
        Some(first.as_str())
    );

    // A run between (one cut short, as a crash leaves it) breaks the chain.
    hub.hub
        .db
        .run(|conn| {
            let mut run = crate::scan::other_process_run("scn_between");
            run.status = "interrupted".into();
            run.finished_at = Some(run.started_at);
            Ok(music_hub::db::scan_runs::scan_run_create(conn, &run)?)
        })
        .await
        .expect("insert a run");
    rescan(json!({})).await;
    assert_eq!(
        cover().await,
        artwork_id(&lib.cover).as_str(),
        "chosen again"
    );
    assert_eq!(
        latest_cover_digest(&hub).await.as_deref(),
        Some(first.as_str())
    );

    wipe_cover(&hub, &album_id).await;
    rescan(json!({"full": true})).await;
    assert_eq!(
        cover().await,
        artwork_id(&lib.cover).as_str(),
        "a full scan"
    );

    // A changed image is a new digest, and new covers.
    let replaced = noisy_jpeg(90, 90, 11);
    std::fs::write(lib.root.join("Folder/Cover.PNG"), &replaced).expect("replace");
    rescan(json!({})).await;
    assert_eq!(cover().await, artwork_id(&replaced).as_str());
    let second = latest_cover_digest(&hub).await.expect("digest");
    assert_ne!(second, first);

    // A folder the walk cannot look at: no digest, so nothing is kept.
    std::os::unix::fs::symlink("/nonexistent/music-hub-test", lib.root.join("Unplugged"))
        .expect("symlink");
    wipe_cover(&hub, &album_id).await;
    rescan(json!({})).await;
    assert_eq!(
        cover().await,
        artwork_id(&replaced).as_str(),
        "unlisted folder"
    );
    assert_eq!(latest_cover_digest(&hub).await, None);
}

/// A track retagged beside a folder cover is scanned alone by the watcher; the album keeps
/// the folder's cover (the walk, naming only the file, once took its folder for one with
/// no image).
#[tokio::test]
async fn a_track_retagged_beside_a_folder_cover_keeps_the_album_cover() {
    let lib = library();
    let hub = hub_on(&lib.root, true).await;
    finished_scan(&hub).await;
    let song = by_title(&all_tracks(&hub).await)["Plain Song"].clone();
    assert_eq!(
        album_of(&hub, &song).await["artworkId"],
        artwork_id(&lib.cover).as_str()
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    track_file(
        &lib.root.join("Folder"),
        "02 c.mp3",
        "Folder Album",
        "Plain Song Retagged",
        &[],
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let retagged = loop {
        if let Some(track) = by_title(&all_tracks(&hub).await).get("Plain Song Retagged") {
            break track.clone();
        }
        assert!(Instant::now() < deadline, "the watcher missed the retag");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    finished_scan(&hub).await;
    assert_eq!(
        album_of(&hub, &retagged).await["artworkId"],
        artwork_id(&lib.cover).as_str()
    );
}

/// The cached files of one id, by size.
fn cached_sizes(dir: &Path, id: &str) -> Vec<u32> {
    let mut sizes: Vec<u32> = std::fs::read_dir(dir)
        .expect("cache dir")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            assert!(!name.starts_with(".tmp"), "a temporary file stayed: {name}");
            let rest = name.strip_prefix(id)?.strip_prefix('-')?;
            rest.split('.').next()?.parse().ok()
        })
        .collect();
    sizes.sort_unstable();
    sizes
}

#[tokio::test]
async fn the_disk_cache_is_bounded_and_evicts_the_least_recently_used() {
    let lib = library();
    let id = artwork_id(&lib.embedded);
    // Room for the 300 and 290 px copies, not for a third.
    let len = |size| resize::fit(&lib.embedded, size).expect("fits").bytes.len() as u64;
    let bound = len(300) + len(290) + 16;
    assert!(len(280) > 16, "every copy needs room");
    let library_root = lib.root.clone();
    let hub = TestHub::start_with(
        move |config| {
            config.libraries = vec![library_root];
            config.watch = false;
            config.artwork_cache_bytes = bound;
        },
        std::sync::Arc::new(music_hub::clock::SystemClock),
    )
    .await;
    finished_scan(&hub).await;
    let service = &hub.hub.artwork;
    let dir = service.cache_dir().to_owned();

    for size in [300, 290] {
        bytes_with_status(artwork(&hub, &id, &format!("?size={size}")).await, 200).await;
    }
    assert_eq!(cached_sizes(&dir, &id), [290, 300]);
    assert_eq!(service.cached_bytes(), len(300) + len(290));
    let decodes = service.decodes();
    // A hit decodes nothing, and makes 300 the most recently used.
    let (_, hit) = bytes_with_status(artwork(&hub, &id, "?size=300").await, 200).await;
    assert_eq!(dimensions(&hit), (300, 200));
    assert_eq!(service.decodes(), decodes);

    bytes_with_status(artwork(&hub, &id, "?size=280").await, 200).await;
    assert_eq!(
        cached_sizes(&dir, &id),
        [280, 300],
        "290 was the oldest used"
    );
    assert!(service.cached_bytes() <= bound);
    hub.stop().await;
}

#[tokio::test]
async fn twenty_concurrent_requests_for_an_uncached_size_decode_it_once() {
    let dir = tempfile::tempdir().expect("temp library");
    let root = dir.path().join("Music");
    let big = noisy_jpeg(1000, 1000, 5);
    track_file(
        &root.join("Big"),
        "01.mp3",
        "Big Album",
        "Big Song",
        &[(&big, PictureType::CoverFront)],
    );
    let hub = hub_on(&root, false).await;
    finished_scan(&hub).await;
    let id = artwork_id(&big);
    let service = &hub.hub.artwork;
    let before = service.decodes();
    // Decodes are held until all twenty requests wait for the image: without sharing,
    // each would then decode it; no timing is relied on.
    service.hold_decodes();
    let requests = (0..20)
        .map(|_| async { bytes_with_status(artwork(&hub, &id, "?size=256").await, 200).await });
    let release = async {
        let deadline = Instant::now() + Duration::from_secs(30);
        while service.waiting_for_decode() < 20 {
            assert!(
                Instant::now() < deadline,
                "the twenty requests did not all arrive"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        service.release_decodes();
    };
    let (answers, ()) = tokio::join!(futures_util::future::join_all(requests), release);
    assert_eq!(
        service.decodes() - before,
        1,
        "one decode for twenty requests"
    );
    for (content_type, body) in &answers {
        assert_eq!(content_type, "image/jpeg");
        assert_eq!(body, &answers[0].1);
    }
    assert_eq!(dimensions(&answers[0].1), (256, 256));
}
