//! `bench -- artwork`: issue 12's artwork speed targets. Scaling a 3000×3000 JPEG to fit
//! 300 px (decode, resize, encode: what an uncached thumbnail costs), measured in-process;
//! and the latency of a cached 300 px thumbnail from a real hub on loopback.

use std::io::Cursor;
use std::path::Path;
use std::time::Instant;

use image::{DynamicImage, ImageFormat, Rgb, RgbImage};
use lofty::config::WriteOptions;
use lofty::file::{AudioFile, TaggedFileExt};
use lofty::picture::{MimeType, Picture, PictureType};
use music_hub::app::artwork::resize;
use music_hub::library::artwork::artwork_id;
use music_hub::library::generate;

use super::{ms, percentile, BenchHub};

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// A photo-like 3000×3000 JPEG: smooth gradients with a little noise (pure noise would
/// make an unusually hard JPEG; flat colour an unusually easy one).
fn cover(side: u32) -> BenchResult<Vec<u8>> {
    let mut state: u32 = 0x9e37_79b9;
    let image = RgbImage::from_fn(side, side, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let noise = (state & 0x0f) as u8;
        let r = ((x * 255) / side) as u8;
        let g = ((y * 255) / side) as u8;
        let b = (((x + y) * 127) / side) as u8;
        Rgb([
            r.saturating_add(noise),
            g.saturating_add(noise),
            b.saturating_add(noise),
        ])
    });
    let mut out = Vec::new();
    DynamicImage::ImageRgb8(image).write_to(&mut Cursor::new(&mut out), ImageFormat::Jpeg)?;
    Ok(out)
}

pub async fn bench_artwork(work_dir: &Path, requests: usize) -> BenchResult<()> {
    let jpeg = cover(3000)?;
    println!("source: 3000×3000 JPEG, {} KB", jpeg.len() / 1024);

    // Uncached: decode + scale + encode, off any server, one core.
    let mut times = Vec::new();
    for _ in 0..15 {
        let started = Instant::now();
        let out = resize::fit(&jpeg, 300)?;
        times.push(started.elapsed());
        std::hint::black_box(out);
    }
    times.sort();
    println!(
        "resize 3000×3000 JPEG → 300 px (decode+resize+encode): median {:.1} ms, max {:.1} ms (15 runs)",
        ms(percentile(&times, 50.0)),
        ms(percentile(&times, 100.0))
    );

    // Cached: a hub serving one track whose embedded picture is that JPEG.
    let library = work_dir.join("artwork-library");
    let _ = std::fs::remove_dir_all(&library);
    std::fs::create_dir_all(library.join("Album"))?;
    let track = library.join("Album/01.mp3");
    std::fs::copy(
        generate::fixtures_dir().join("Beyoncé/Dangerously in Love/01 Crazy in Love.mp3"),
        &track,
    )?;
    let mut file = lofty::read_from_path(&track)?;
    if let Some(tag) = file.primary_tag_mut() {
        while tag.picture_count() > 0 {
            tag.remove_picture(0);
        }
        tag.push_picture(
            Picture::unchecked(jpeg.clone())
                .pic_type(PictureType::CoverFront)
                .mime_type(MimeType::Jpeg)
                .build(),
        );
    }
    file.save_to_path(&track, WriteOptions::default())?;

    let running = BenchHub::start(&library).await?;
    let addr = running.addr;

    let client = reqwest::Client::new();
    let url = format!(
        "http://{addr}/api/media/artwork/{}?size=300",
        artwork_id(&jpeg)
    );
    let get = || async {
        let started = Instant::now();
        let response = client.get(&url).send().await?;
        let status = response.status();
        let body = response.bytes().await?;
        if !status.is_success() {
            return Err(format!("{url}: {status}").into());
        }
        Ok::<_, Box<dyn std::error::Error>>((started.elapsed(), body.len()))
    };
    let (first, len) = get().await?;
    println!(
        "first (uncached) 300 px thumbnail over HTTP: {:.1} ms, {len} bytes",
        ms(first)
    );
    let mut times = Vec::with_capacity(requests);
    for _ in 0..requests {
        times.push(get().await?.0);
    }
    times.sort();
    println!(
        "cached 300 px thumbnail over HTTP ({requests} sequential requests): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        ms(percentile(&times, 50.0)),
        ms(percentile(&times, 99.0)),
        ms(percentile(&times, 100.0))
    );
    running.stop().await?;
    Ok(())
}
