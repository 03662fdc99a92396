//! Decoding an image and scaling it down to fit a square: the CPU-bound part of artwork,
//! always run on a blocking thread (`spawn_blocking`), never on the async workers.

use std::io::Cursor;

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, ImageFormat};

/// JPEG quality for thumbnails: visually clean at cover sizes, a third of quality 100.
const JPEG_QUALITY: u8 = 85;

/// An encoded image.
#[derive(Debug, Clone)]
pub struct Encoded {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
}

/// Why an image could not be scaled; the caller treats it as an absent image.
#[derive(Debug, thiserror::Error)]
pub enum ResizeError {
    #[error("the image does not decode: {0}")]
    Decode(#[from] image::ImageError),
    #[error("the image could not be scaled: {0}")]
    Resize(#[from] fast_image_resize::ResizeError),
}

/// `bytes` scaled to fit `size`×`size` (never up), as JPEG, or PNG when the image has
/// transparent pixels (JPEG would turn them black).
pub fn fit(bytes: &[u8], size: u32) -> Result<Encoded, ResizeError> {
    let source = image::load_from_memory(bytes)?;
    let (width, height) = scaled(source.width(), source.height(), size);
    let transparent = has_transparency(&source);
    // One 8-bit layout per output format, whatever the source's (16-bit, grey, CMYK JPEG
    // decoded to RGB...): what the encoders take and the resizer handles fastest.
    let source = if transparent {
        DynamicImage::ImageRgba8(source.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(source.into_rgb8())
    };
    let resized = if (width, height) == (source.width(), source.height()) {
        source
    } else {
        let mut target = DynamicImage::new(width, height, source.color());
        let options =
            ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::CatmullRom));
        Resizer::new().resize(&source, &mut target, &options)?;
        target
    };
    let mut out = Vec::new();
    if transparent {
        resized.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)?;
        Ok(Encoded {
            bytes: out,
            content_type: "image/png",
        })
    } else {
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
        resized.write_with_encoder(encoder)?;
        Ok(Encoded {
            bytes: out,
            content_type: "image/jpeg",
        })
    }
}

/// The dimensions that fit `size`×`size` keeping the aspect ratio, never larger than the
/// source, never zero.
pub fn scaled(width: u32, height: u32, size: u32) -> (u32, u32) {
    let longest = width.max(height);
    if longest <= size || longest == 0 {
        return (width.max(1), height.max(1));
    }
    let scale = |side: u32| {
        let exact = u64::from(side) * u64::from(size) / u64::from(longest);
        u32::try_from(exact).unwrap_or(size).max(1)
    };
    (scale(width), scale(height))
}

fn has_transparency(image: &DynamicImage) -> bool {
    if !image.color().has_alpha() {
        return false;
    }
    match image {
        DynamicImage::ImageRgba8(pixels) => pixels.pixels().any(|p| p.0[3] < u8::MAX),
        DynamicImage::ImageLumaA8(pixels) => pixels.pixels().any(|p| p.0[1] < u8::MAX),
        // Rarer layouts (16-bit, float): their alpha channel is taken at its word.
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_the_square_keeping_the_ratio_and_never_grows() {
        assert_eq!(scaled(3000, 3000, 300), (300, 300));
        assert_eq!(scaled(1000, 500, 300), (300, 150));
        assert_eq!(scaled(500, 1000, 300), (150, 300));
        assert_eq!(scaled(100, 80, 300), (100, 80));
        assert_eq!(scaled(4000, 1, 32), (32, 1));
    }

    fn encode(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut out), format)
            .expect("encode");
        out
    }

    #[test]
    fn opaque_images_become_jpeg_and_transparent_ones_png() {
        let opaque = encode(DynamicImage::new_rgb8(400, 200), ImageFormat::Png);
        let out = fit(&opaque, 100).expect("fits");
        assert_eq!(out.content_type, "image/jpeg");
        let back = image::load_from_memory(&out.bytes).expect("decodes");
        assert_eq!((back.width(), back.height()), (100, 50));

        // An alpha channel whose pixels are all opaque is still opaque.
        let mut rgba = image::RgbaImage::from_pixel(40, 40, image::Rgba([1, 2, 3, 255]));
        assert_eq!(
            fit(&encode(rgba.clone().into(), ImageFormat::Png), 32)
                .expect("fits")
                .content_type,
            "image/jpeg"
        );
        rgba.put_pixel(0, 0, image::Rgba([0, 0, 0, 0]));
        let out = fit(&encode(rgba.into(), ImageFormat::Png), 32).expect("fits");
        assert_eq!(out.content_type, "image/png");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(fit(b"\xff\xd8\xff\xe0 not really a jpeg", 64).is_err());
    }
}
