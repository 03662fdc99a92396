from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...models.track_enrichment import TrackEnrichment
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/tracks/{id}/enrichment".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | TrackEnrichment
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = TrackEnrichment.from_dict(response.json())

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
    | TrackEnrichment
    | UnauthorizedError
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
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | TrackEnrichment
    | UnauthorizedError
]:
    """List metadata suggestions for a track

     Returns the enrichment suggestions found for the track (for example from
    MusicBrainz ids in its tags), best first, each with the values it proposes, the
    fields where they differ from the effective metadata and a confidence. Apply one
    with `POST /api/tracks/{id}/enrichment/apply`. An unknown id answers
    `404 not_found`; a track without suggestions answers an empty list.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | TrackEnrichment | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | TrackEnrichment
    | UnauthorizedError
    | None
):
    """List metadata suggestions for a track

     Returns the enrichment suggestions found for the track (for example from
    MusicBrainz ids in its tags), best first, each with the values it proposes, the
    fields where they differ from the effective metadata and a confidence. Apply one
    with `POST /api/tracks/{id}/enrichment/apply`. An unknown id answers
    `404 not_found`; a track without suggestions answers an empty list.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | TrackEnrichment | UnauthorizedError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | TrackEnrichment
    | UnauthorizedError
]:
    """List metadata suggestions for a track

     Returns the enrichment suggestions found for the track (for example from
    MusicBrainz ids in its tags), best first, each with the values it proposes, the
    fields where they differ from the effective metadata and a confidence. Apply one
    with `POST /api/tracks/{id}/enrichment/apply`. An unknown id answers
    `404 not_found`; a track without suggestions answers an empty list.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | TrackEnrichment | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | TrackEnrichment
    | UnauthorizedError
    | None
):
    """List metadata suggestions for a track

     Returns the enrichment suggestions found for the track (for example from
    MusicBrainz ids in its tags), best first, each with the values it proposes, the
    fields where they differ from the effective metadata and a confidence. Apply one
    with `POST /api/tracks/{id}/enrichment/apply`. An unknown id answers
    `404 not_found`; a track without suggestions answers an empty list.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | TrackEnrichment | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
