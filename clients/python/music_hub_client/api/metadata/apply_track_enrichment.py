from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.enrichment_apply_request import EnrichmentApplyRequest
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.suggestion_stale_error import SuggestionStaleError
from ...models.track_metadata import TrackMetadata
from ...models.unauthorized_error import UnauthorizedError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: EnrichmentApplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/tracks/{id}/enrichment/apply".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | SuggestionStaleError
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 200:
        response_200 = TrackMetadata.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SuggestionStaleError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeError.from_dict(response.json())

        return response_415

    if response.status_code == 503:
        response_503 = DatabaseUnavailableError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | SuggestionStaleError
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: EnrichmentApplyRequest,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | SuggestionStaleError
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Apply a metadata suggestion to a track

     Copies the suggestion's values into the track's overrides: all of its
    `changedFields`, or only those listed in `fields`, recording the suggestion's
    source on each override. Other overrides are kept. The file is never written.
    Answers the track's metadata. An unknown track or suggestion answers
    `404 not_found`; a suggestion made before the track last changed (its file's tags
    or its overrides) answers `409 suggestion_stale`: list the suggestions again. A
    field in `fields` that the suggestion does not carry answers `400 invalid_body`.

    Args:
        id (str):
        body (EnrichmentApplyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | SuggestionStaleError | TrackMetadata | UnauthorizedError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: EnrichmentApplyRequest,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | SuggestionStaleError
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Apply a metadata suggestion to a track

     Copies the suggestion's values into the track's overrides: all of its
    `changedFields`, or only those listed in `fields`, recording the suggestion's
    source on each override. Other overrides are kept. The file is never written.
    Answers the track's metadata. An unknown track or suggestion answers
    `404 not_found`; a suggestion made before the track last changed (its file's tags
    or its overrides) answers `409 suggestion_stale`: list the suggestions again. A
    field in `fields` that the suggestion does not carry answers `400 invalid_body`.

    Args:
        id (str):
        body (EnrichmentApplyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | SuggestionStaleError | TrackMetadata | UnauthorizedError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: EnrichmentApplyRequest,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | SuggestionStaleError
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Apply a metadata suggestion to a track

     Copies the suggestion's values into the track's overrides: all of its
    `changedFields`, or only those listed in `fields`, recording the suggestion's
    source on each override. Other overrides are kept. The file is never written.
    Answers the track's metadata. An unknown track or suggestion answers
    `404 not_found`; a suggestion made before the track last changed (its file's tags
    or its overrides) answers `409 suggestion_stale`: list the suggestions again. A
    field in `fields` that the suggestion does not carry answers `400 invalid_body`.

    Args:
        id (str):
        body (EnrichmentApplyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | SuggestionStaleError | TrackMetadata | UnauthorizedError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: EnrichmentApplyRequest,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | SuggestionStaleError
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Apply a metadata suggestion to a track

     Copies the suggestion's values into the track's overrides: all of its
    `changedFields`, or only those listed in `fields`, recording the suggestion's
    source on each override. Other overrides are kept. The file is never written.
    Answers the track's metadata. An unknown track or suggestion answers
    `404 not_found`; a suggestion made before the track last changed (its file's tags
    or its overrides) answers `409 suggestion_stale`: list the suggestions again. A
    field in `fields` that the suggestion does not carry answers `400 invalid_body`.

    Args:
        id (str):
        body (EnrichmentApplyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | SuggestionStaleError | TrackMetadata | UnauthorizedError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
