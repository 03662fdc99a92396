//! `getArtwork`'s logic, through the artwork service (`app::artwork`). The `media` tag's
//! trait impl belongs with streaming (`handlers::media`); it delegates here.

use poem::Body;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{GetArtworkRequest, GetArtworkResponse};
use crate::api::payload::ImageBody;
use crate::app::artwork::Artwork;
use crate::app::media::MediaItem;
use crate::hub::Hub;

/// An id names one image for ever (ids are content-derived), so a client may keep it.
const CACHE_CONTROL: &str = "private, max-age=31536000, immutable";

impl Hub {
    pub(crate) async fn serve_artwork(
        &self,
        caller: Caller,
        request: GetArtworkRequest,
    ) -> Result<GetArtworkResponse, HandlerError> {
        // A share's visitor sees only the share's own images; anyone else the media guard
        // let through sees any.
        self.media
            .admit(
                &caller.media_scope(),
                MediaItem::Artwork { id: &request.id },
            )
            .await?;
        // The route has checked the contract's range; a negative value cannot reach here.
        let size = request.size.map(|s| u32::try_from(s).unwrap_or(0));
        let answer = self
            .artwork
            .get(&request.id, size, request.if_none_match.as_deref())
            .await?;
        Ok(match answer {
            Artwork::Image { image, etag } => GetArtworkResponse::Ok(
                ImageBody {
                    content_type: image.content_type.to_owned(),
                    body: Body::from_vec(image.bytes),
                },
                Some(etag),
                Some(CACHE_CONTROL.to_owned()),
            ),
            Artwork::NotModified { etag } => {
                GetArtworkResponse::NotModified(Some(etag), Some(CACHE_CONTROL.to_owned()))
            }
        })
    }
}
