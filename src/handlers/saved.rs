//! `saved`: placeholder while the saved-items service is written.

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::*;
use crate::hub::Hub;

impl SavedApi for Hub {
    async fn list_saved(
        &self,
        _c: Caller,
        _r: ListSavedRequest,
    ) -> Result<ListSavedResponse, HandlerError> {
        Err(HandlerError::not_implemented("listSaved"))
    }
    async fn save_item(
        &self,
        _c: Caller,
        _r: SaveItemRequest,
    ) -> Result<SaveItemResponse, HandlerError> {
        Err(HandlerError::not_implemented("saveItem"))
    }
    async fn unsave_item(
        &self,
        _c: Caller,
        _r: UnsaveItemRequest,
    ) -> Result<UnsaveItemResponse, HandlerError> {
        Err(HandlerError::not_implemented("unsaveItem"))
    }
}
