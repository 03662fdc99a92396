from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...models.range_not_satisfiable_error import RangeNotSatisfiableError
from ...models.replay_gain_mode import ReplayGainMode
from ...models.stream_format import StreamFormat
from ...models.stream_unavailable_error import StreamUnavailableError
from ...models.too_many_transcodes_error import TooManyTranscodesError
from ...models.transcode_profile import TranscodeProfile
from ...models.transcode_unavailable_error import TranscodeUnavailableError
from ...models.unauthorized_error import UnauthorizedError
from ...models.undecodable_error import UndecodableError
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    track_id: str,
    *,
    download: int | Unset = UNSET,
    profile: TranscodeProfile | Unset = UNSET,
    format_: StreamFormat | Unset = UNSET,
    max_bitrate_kbps: int | Unset = UNSET,
    time_offset_ms: int | Unset = UNSET,
    replay_gain: ReplayGainMode | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_range: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    if not isinstance(if_range, Unset):
        headers["If-Range"] = if_range

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    params["download"] = download

    json_profile: str | Unset = UNSET
    if not isinstance(profile, Unset):
        json_profile = profile.value

    params["profile"] = json_profile

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["maxBitrateKbps"] = max_bitrate_kbps

    params["timeOffsetMs"] = time_offset_ms

    json_replay_gain: str | Unset = UNSET
    if not isinstance(replay_gain, Unset):
        json_replay_gain = replay_gain.value

    params["replayGain"] = json_replay_gain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/media/stream/{track_id}".format(
            track_id=quote(str(track_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | BadRequestError
    | File
    | ForbiddenError
    | NotFoundError
    | RangeNotSatisfiableError
    | StreamUnavailableError
    | TooManyTranscodesError
    | TranscodeUnavailableError
    | UnauthorizedError
    | UndecodableError
    | None
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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

    if response.status_code == 415:
        response_415 = TranscodeUnavailableError.from_dict(response.json())

        return response_415

    if response.status_code == 416:
        response_416 = RangeNotSatisfiableError.from_dict(response.json())

        return response_416

    if response.status_code == 422:
        response_422 = UndecodableError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TooManyTranscodesError.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = StreamUnavailableError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | BadRequestError
    | File
    | ForbiddenError
    | NotFoundError
    | RangeNotSatisfiableError
    | StreamUnavailableError
    | TooManyTranscodesError
    | TranscodeUnavailableError
    | UnauthorizedError
    | UndecodableError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    track_id: str,
    *,
    client: AuthenticatedClient,
    download: int | Unset = UNSET,
    profile: TranscodeProfile | Unset = UNSET,
    format_: StreamFormat | Unset = UNSET,
    max_bitrate_kbps: int | Unset = UNSET,
    time_offset_ms: int | Unset = UNSET,
    replay_gain: ReplayGainMode | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_range: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[
    Any
    | BadRequestError
    | File
    | ForbiddenError
    | NotFoundError
    | RangeNotSatisfiableError
    | StreamUnavailableError
    | TooManyTranscodesError
    | TranscodeUnavailableError
    | UnauthorizedError
    | UndecodableError
]:
    """Stream a track's audio file (HTTP Range)

     Sends the track's audio file as it is on disk now (read in chunks, never whole),
    with its real `Content-Type` (for example `audio/flac`, `audio/mpeg`, `audio/mp4`,
    `audio/ogg; codecs=opus`), `Content-Length`, `Accept-Ranges: bytes`, a strong `ETag`
    and `Last-Modified` taken from the file as it is now (a file changed since the last
    scan is served as it is, with a new `ETag`), `Cache-Control: private` and
    `Content-Disposition: inline` with the file name (RFC 6266). With a share's media
    token the name is made from the track's title and extension instead
    (`Hoppípolla.flac`): a share shows nothing of the files on disk.

    `HEAD` on the same URL answers the same status and headers with no body.

    **Ranges.** `Range: bytes=a-b`, `bytes=a-` and `bytes=-n` answer `206` with
    `Content-Range`; an end past the file is clipped to it. A start past the end answers
    `416 range_not_satisfiable` with `Content-Range: bytes */<size>`. A request for
    several ranges gets only the first one (a single `206`, never `multipart/byteranges`);
    a `Range` header that is not a valid byte range is ignored (the whole file, `200`).
    With `If-Range` (an `ETag` or a date), a file that changed since answers the whole
    file with `200`.

    **Caching.** `If-None-Match` (matching the `ETag`, or `*`) and, without it,
    `If-Modified-Since` (not older than `Last-Modified`) answer `304` with no body.

    **Transcoding.** For a phone on mobile data or a tunnel, ask for a smaller stream:
    `profile=mobile` (Opus 96 kbit/s), `cellular` (Opus 64), `web` (Opus 128) or `legacy`
    (MP3 192, constant bit rate, for old players); or `format=opus|mp3` with
    `maxBitrateKbps` (defaults 128 for Opus, 192 for MP3); `format` and `maxBitrateKbps`
    override a profile's parts. `maxBitrateKbps` alone caps the bit rate: a file within
    it is sent as it is, any other becomes Opus at it. A file already in the asked codec
    and within the bit rate is sent as it is (no transcode, no `X-Transcode` header).
    A media token made with a `profile` (`POST /api/media/session`) applies it to every
    stream that asks for none; `format=original` sends the file as it is whatever the
    token says; beside `profile`, `maxBitrateKbps`, `timeOffsetMs` or `replayGain`
    (which need a transcode) it answers `400 invalid_parameter` naming that parameter. Share tokens may
    ask for transcodes too.

    The hub encodes Opus (in Ogg, 48 kHz, gapless) and MP3 (with a LAME/Xing header)
    itself; formats it cannot decode itself (Opus, APE, WMA, DSD, ...) go through
    `ffmpeg` when it is on the hub's PATH (`GET /api/info` lists the engines), and
    answer `415 transcode_unavailable` when it is not (or when that ffmpeg was built
    without the encoder asked for). A file that cannot be decoded answers
    `422 undecodable`. One encode per file and profile is shared by every request for
    it, and kept in a bounded cache (`--transcode-cache-mb`), so a second play is as
    fast as a file. At most one encode per core runs at once; beyond that,
    `429 too_many_transcodes` with `Retry-After`. A transcode that cannot start within
    15 s (its source is slow to read, or the hub is overloaded) answers
    `503 transcode_stalled` with `Retry-After`; an ffmpeg that produces nothing for 30 s
    is stopped (and answers the same).

    A transcode can be played and seeked **while it is being made**: the answer carries
    its exact final `Content-Length` (and `Content-Range` total) from the first byte,
    ranges already written are sent at once, and a range beyond them waits for the
    encoder (up to 15 s) before any header is sent; one it has not reached by then
    answers `503 transcode_stalled` with `Retry-After`, the encode going on meanwhile
    (or ask with `timeOffsetMs`). Only a source that does not declare its length (or a
    transcode made by ffmpeg) is sent without `Content-Length` until its transcode is
    complete, with `X-Estimated-Content-Length` instead. `timeOffsetMs` starts a
    transcode at that time in the track (for players that seek by asking again);
    `replayGain=track|album` applies the track's (or album's) ReplayGain in the
    transcode, never raising the peak above full scale (for Opus as the header's output
    gain). A transcode's `ETag` names the transcode, `Content-Disposition` its name with
    `.opus` or `.mp3`, and `X-Transcode` what was made (`opus; bitrate=96`,
    `mp3; bitrate=192; gain=-6.20`).

    **Access.** Authenticate with a bearer token, or with `?mediaToken=` from
    `POST /api/media/session` or a share bootstrap (a share's token only streams the
    shared tracks; others answer `403 forbidden`). An expired media token answers
    `401 media_token_expired`; a share's token whose share was deleted or expired, or whose
    share session ended, answers `401 media_token_expired` too. Only files of the catalogue inside a
    configured library
    folder (after following symbolic links) are ever sent. An unknown track answers
    `404 not_found`; a track whose file is gone (or now lies outside the library
    folders) answers `404 not_found` with `details.reason: "file_missing"`.

    Args:
        track_id (str):
        download (int | Unset):
        profile (TranscodeProfile | Unset): A named transcode: `mobile` Opus 96 kbit/s, `cellular`
            Opus 64, `web` Opus 128,
            `legacy` MP3 192 (constant bit rate).
        format_ (StreamFormat | Unset): What a stream is sent as; `original` is the file as it is.
        max_bitrate_kbps (int | Unset):
        time_offset_ms (int | Unset):
        replay_gain (ReplayGainMode | Unset): Which ReplayGain a transcode applies.
        range_ (str | Unset):
        if_range (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | File | ForbiddenError | NotFoundError | RangeNotSatisfiableError | StreamUnavailableError | TooManyTranscodesError | TranscodeUnavailableError | UnauthorizedError | UndecodableError]
    """

    kwargs = _get_kwargs(
        track_id=track_id,
        download=download,
        profile=profile,
        format_=format_,
        max_bitrate_kbps=max_bitrate_kbps,
        time_offset_ms=time_offset_ms,
        replay_gain=replay_gain,
        range_=range_,
        if_range=if_range,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    track_id: str,
    *,
    client: AuthenticatedClient,
    download: int | Unset = UNSET,
    profile: TranscodeProfile | Unset = UNSET,
    format_: StreamFormat | Unset = UNSET,
    max_bitrate_kbps: int | Unset = UNSET,
    time_offset_ms: int | Unset = UNSET,
    replay_gain: ReplayGainMode | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_range: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> (
    Any
    | BadRequestError
    | File
    | ForbiddenError
    | NotFoundError
    | RangeNotSatisfiableError
    | StreamUnavailableError
    | TooManyTranscodesError
    | TranscodeUnavailableError
    | UnauthorizedError
    | UndecodableError
    | None
):
    """Stream a track's audio file (HTTP Range)

     Sends the track's audio file as it is on disk now (read in chunks, never whole),
    with its real `Content-Type` (for example `audio/flac`, `audio/mpeg`, `audio/mp4`,
    `audio/ogg; codecs=opus`), `Content-Length`, `Accept-Ranges: bytes`, a strong `ETag`
    and `Last-Modified` taken from the file as it is now (a file changed since the last
    scan is served as it is, with a new `ETag`), `Cache-Control: private` and
    `Content-Disposition: inline` with the file name (RFC 6266). With a share's media
    token the name is made from the track's title and extension instead
    (`Hoppípolla.flac`): a share shows nothing of the files on disk.

    `HEAD` on the same URL answers the same status and headers with no body.

    **Ranges.** `Range: bytes=a-b`, `bytes=a-` and `bytes=-n` answer `206` with
    `Content-Range`; an end past the file is clipped to it. A start past the end answers
    `416 range_not_satisfiable` with `Content-Range: bytes */<size>`. A request for
    several ranges gets only the first one (a single `206`, never `multipart/byteranges`);
    a `Range` header that is not a valid byte range is ignored (the whole file, `200`).
    With `If-Range` (an `ETag` or a date), a file that changed since answers the whole
    file with `200`.

    **Caching.** `If-None-Match` (matching the `ETag`, or `*`) and, without it,
    `If-Modified-Since` (not older than `Last-Modified`) answer `304` with no body.

    **Transcoding.** For a phone on mobile data or a tunnel, ask for a smaller stream:
    `profile=mobile` (Opus 96 kbit/s), `cellular` (Opus 64), `web` (Opus 128) or `legacy`
    (MP3 192, constant bit rate, for old players); or `format=opus|mp3` with
    `maxBitrateKbps` (defaults 128 for Opus, 192 for MP3); `format` and `maxBitrateKbps`
    override a profile's parts. `maxBitrateKbps` alone caps the bit rate: a file within
    it is sent as it is, any other becomes Opus at it. A file already in the asked codec
    and within the bit rate is sent as it is (no transcode, no `X-Transcode` header).
    A media token made with a `profile` (`POST /api/media/session`) applies it to every
    stream that asks for none; `format=original` sends the file as it is whatever the
    token says; beside `profile`, `maxBitrateKbps`, `timeOffsetMs` or `replayGain`
    (which need a transcode) it answers `400 invalid_parameter` naming that parameter. Share tokens may
    ask for transcodes too.

    The hub encodes Opus (in Ogg, 48 kHz, gapless) and MP3 (with a LAME/Xing header)
    itself; formats it cannot decode itself (Opus, APE, WMA, DSD, ...) go through
    `ffmpeg` when it is on the hub's PATH (`GET /api/info` lists the engines), and
    answer `415 transcode_unavailable` when it is not (or when that ffmpeg was built
    without the encoder asked for). A file that cannot be decoded answers
    `422 undecodable`. One encode per file and profile is shared by every request for
    it, and kept in a bounded cache (`--transcode-cache-mb`), so a second play is as
    fast as a file. At most one encode per core runs at once; beyond that,
    `429 too_many_transcodes` with `Retry-After`. A transcode that cannot start within
    15 s (its source is slow to read, or the hub is overloaded) answers
    `503 transcode_stalled` with `Retry-After`; an ffmpeg that produces nothing for 30 s
    is stopped (and answers the same).

    A transcode can be played and seeked **while it is being made**: the answer carries
    its exact final `Content-Length` (and `Content-Range` total) from the first byte,
    ranges already written are sent at once, and a range beyond them waits for the
    encoder (up to 15 s) before any header is sent; one it has not reached by then
    answers `503 transcode_stalled` with `Retry-After`, the encode going on meanwhile
    (or ask with `timeOffsetMs`). Only a source that does not declare its length (or a
    transcode made by ffmpeg) is sent without `Content-Length` until its transcode is
    complete, with `X-Estimated-Content-Length` instead. `timeOffsetMs` starts a
    transcode at that time in the track (for players that seek by asking again);
    `replayGain=track|album` applies the track's (or album's) ReplayGain in the
    transcode, never raising the peak above full scale (for Opus as the header's output
    gain). A transcode's `ETag` names the transcode, `Content-Disposition` its name with
    `.opus` or `.mp3`, and `X-Transcode` what was made (`opus; bitrate=96`,
    `mp3; bitrate=192; gain=-6.20`).

    **Access.** Authenticate with a bearer token, or with `?mediaToken=` from
    `POST /api/media/session` or a share bootstrap (a share's token only streams the
    shared tracks; others answer `403 forbidden`). An expired media token answers
    `401 media_token_expired`; a share's token whose share was deleted or expired, or whose
    share session ended, answers `401 media_token_expired` too. Only files of the catalogue inside a
    configured library
    folder (after following symbolic links) are ever sent. An unknown track answers
    `404 not_found`; a track whose file is gone (or now lies outside the library
    folders) answers `404 not_found` with `details.reason: "file_missing"`.

    Args:
        track_id (str):
        download (int | Unset):
        profile (TranscodeProfile | Unset): A named transcode: `mobile` Opus 96 kbit/s, `cellular`
            Opus 64, `web` Opus 128,
            `legacy` MP3 192 (constant bit rate).
        format_ (StreamFormat | Unset): What a stream is sent as; `original` is the file as it is.
        max_bitrate_kbps (int | Unset):
        time_offset_ms (int | Unset):
        replay_gain (ReplayGainMode | Unset): Which ReplayGain a transcode applies.
        range_ (str | Unset):
        if_range (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | File | ForbiddenError | NotFoundError | RangeNotSatisfiableError | StreamUnavailableError | TooManyTranscodesError | TranscodeUnavailableError | UnauthorizedError | UndecodableError
    """

    return sync_detailed(
        track_id=track_id,
        client=client,
        download=download,
        profile=profile,
        format_=format_,
        max_bitrate_kbps=max_bitrate_kbps,
        time_offset_ms=time_offset_ms,
        replay_gain=replay_gain,
        range_=range_,
        if_range=if_range,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    track_id: str,
    *,
    client: AuthenticatedClient,
    download: int | Unset = UNSET,
    profile: TranscodeProfile | Unset = UNSET,
    format_: StreamFormat | Unset = UNSET,
    max_bitrate_kbps: int | Unset = UNSET,
    time_offset_ms: int | Unset = UNSET,
    replay_gain: ReplayGainMode | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_range: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[
    Any
    | BadRequestError
    | File
    | ForbiddenError
    | NotFoundError
    | RangeNotSatisfiableError
    | StreamUnavailableError
    | TooManyTranscodesError
    | TranscodeUnavailableError
    | UnauthorizedError
    | UndecodableError
]:
    """Stream a track's audio file (HTTP Range)

     Sends the track's audio file as it is on disk now (read in chunks, never whole),
    with its real `Content-Type` (for example `audio/flac`, `audio/mpeg`, `audio/mp4`,
    `audio/ogg; codecs=opus`), `Content-Length`, `Accept-Ranges: bytes`, a strong `ETag`
    and `Last-Modified` taken from the file as it is now (a file changed since the last
    scan is served as it is, with a new `ETag`), `Cache-Control: private` and
    `Content-Disposition: inline` with the file name (RFC 6266). With a share's media
    token the name is made from the track's title and extension instead
    (`Hoppípolla.flac`): a share shows nothing of the files on disk.

    `HEAD` on the same URL answers the same status and headers with no body.

    **Ranges.** `Range: bytes=a-b`, `bytes=a-` and `bytes=-n` answer `206` with
    `Content-Range`; an end past the file is clipped to it. A start past the end answers
    `416 range_not_satisfiable` with `Content-Range: bytes */<size>`. A request for
    several ranges gets only the first one (a single `206`, never `multipart/byteranges`);
    a `Range` header that is not a valid byte range is ignored (the whole file, `200`).
    With `If-Range` (an `ETag` or a date), a file that changed since answers the whole
    file with `200`.

    **Caching.** `If-None-Match` (matching the `ETag`, or `*`) and, without it,
    `If-Modified-Since` (not older than `Last-Modified`) answer `304` with no body.

    **Transcoding.** For a phone on mobile data or a tunnel, ask for a smaller stream:
    `profile=mobile` (Opus 96 kbit/s), `cellular` (Opus 64), `web` (Opus 128) or `legacy`
    (MP3 192, constant bit rate, for old players); or `format=opus|mp3` with
    `maxBitrateKbps` (defaults 128 for Opus, 192 for MP3); `format` and `maxBitrateKbps`
    override a profile's parts. `maxBitrateKbps` alone caps the bit rate: a file within
    it is sent as it is, any other becomes Opus at it. A file already in the asked codec
    and within the bit rate is sent as it is (no transcode, no `X-Transcode` header).
    A media token made with a `profile` (`POST /api/media/session`) applies it to every
    stream that asks for none; `format=original` sends the file as it is whatever the
    token says; beside `profile`, `maxBitrateKbps`, `timeOffsetMs` or `replayGain`
    (which need a transcode) it answers `400 invalid_parameter` naming that parameter. Share tokens may
    ask for transcodes too.

    The hub encodes Opus (in Ogg, 48 kHz, gapless) and MP3 (with a LAME/Xing header)
    itself; formats it cannot decode itself (Opus, APE, WMA, DSD, ...) go through
    `ffmpeg` when it is on the hub's PATH (`GET /api/info` lists the engines), and
    answer `415 transcode_unavailable` when it is not (or when that ffmpeg was built
    without the encoder asked for). A file that cannot be decoded answers
    `422 undecodable`. One encode per file and profile is shared by every request for
    it, and kept in a bounded cache (`--transcode-cache-mb`), so a second play is as
    fast as a file. At most one encode per core runs at once; beyond that,
    `429 too_many_transcodes` with `Retry-After`. A transcode that cannot start within
    15 s (its source is slow to read, or the hub is overloaded) answers
    `503 transcode_stalled` with `Retry-After`; an ffmpeg that produces nothing for 30 s
    is stopped (and answers the same).

    A transcode can be played and seeked **while it is being made**: the answer carries
    its exact final `Content-Length` (and `Content-Range` total) from the first byte,
    ranges already written are sent at once, and a range beyond them waits for the
    encoder (up to 15 s) before any header is sent; one it has not reached by then
    answers `503 transcode_stalled` with `Retry-After`, the encode going on meanwhile
    (or ask with `timeOffsetMs`). Only a source that does not declare its length (or a
    transcode made by ffmpeg) is sent without `Content-Length` until its transcode is
    complete, with `X-Estimated-Content-Length` instead. `timeOffsetMs` starts a
    transcode at that time in the track (for players that seek by asking again);
    `replayGain=track|album` applies the track's (or album's) ReplayGain in the
    transcode, never raising the peak above full scale (for Opus as the header's output
    gain). A transcode's `ETag` names the transcode, `Content-Disposition` its name with
    `.opus` or `.mp3`, and `X-Transcode` what was made (`opus; bitrate=96`,
    `mp3; bitrate=192; gain=-6.20`).

    **Access.** Authenticate with a bearer token, or with `?mediaToken=` from
    `POST /api/media/session` or a share bootstrap (a share's token only streams the
    shared tracks; others answer `403 forbidden`). An expired media token answers
    `401 media_token_expired`; a share's token whose share was deleted or expired, or whose
    share session ended, answers `401 media_token_expired` too. Only files of the catalogue inside a
    configured library
    folder (after following symbolic links) are ever sent. An unknown track answers
    `404 not_found`; a track whose file is gone (or now lies outside the library
    folders) answers `404 not_found` with `details.reason: "file_missing"`.

    Args:
        track_id (str):
        download (int | Unset):
        profile (TranscodeProfile | Unset): A named transcode: `mobile` Opus 96 kbit/s, `cellular`
            Opus 64, `web` Opus 128,
            `legacy` MP3 192 (constant bit rate).
        format_ (StreamFormat | Unset): What a stream is sent as; `original` is the file as it is.
        max_bitrate_kbps (int | Unset):
        time_offset_ms (int | Unset):
        replay_gain (ReplayGainMode | Unset): Which ReplayGain a transcode applies.
        range_ (str | Unset):
        if_range (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | File | ForbiddenError | NotFoundError | RangeNotSatisfiableError | StreamUnavailableError | TooManyTranscodesError | TranscodeUnavailableError | UnauthorizedError | UndecodableError]
    """

    kwargs = _get_kwargs(
        track_id=track_id,
        download=download,
        profile=profile,
        format_=format_,
        max_bitrate_kbps=max_bitrate_kbps,
        time_offset_ms=time_offset_ms,
        replay_gain=replay_gain,
        range_=range_,
        if_range=if_range,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    track_id: str,
    *,
    client: AuthenticatedClient,
    download: int | Unset = UNSET,
    profile: TranscodeProfile | Unset = UNSET,
    format_: StreamFormat | Unset = UNSET,
    max_bitrate_kbps: int | Unset = UNSET,
    time_offset_ms: int | Unset = UNSET,
    replay_gain: ReplayGainMode | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_range: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> (
    Any
    | BadRequestError
    | File
    | ForbiddenError
    | NotFoundError
    | RangeNotSatisfiableError
    | StreamUnavailableError
    | TooManyTranscodesError
    | TranscodeUnavailableError
    | UnauthorizedError
    | UndecodableError
    | None
):
    """Stream a track's audio file (HTTP Range)

     Sends the track's audio file as it is on disk now (read in chunks, never whole),
    with its real `Content-Type` (for example `audio/flac`, `audio/mpeg`, `audio/mp4`,
    `audio/ogg; codecs=opus`), `Content-Length`, `Accept-Ranges: bytes`, a strong `ETag`
    and `Last-Modified` taken from the file as it is now (a file changed since the last
    scan is served as it is, with a new `ETag`), `Cache-Control: private` and
    `Content-Disposition: inline` with the file name (RFC 6266). With a share's media
    token the name is made from the track's title and extension instead
    (`Hoppípolla.flac`): a share shows nothing of the files on disk.

    `HEAD` on the same URL answers the same status and headers with no body.

    **Ranges.** `Range: bytes=a-b`, `bytes=a-` and `bytes=-n` answer `206` with
    `Content-Range`; an end past the file is clipped to it. A start past the end answers
    `416 range_not_satisfiable` with `Content-Range: bytes */<size>`. A request for
    several ranges gets only the first one (a single `206`, never `multipart/byteranges`);
    a `Range` header that is not a valid byte range is ignored (the whole file, `200`).
    With `If-Range` (an `ETag` or a date), a file that changed since answers the whole
    file with `200`.

    **Caching.** `If-None-Match` (matching the `ETag`, or `*`) and, without it,
    `If-Modified-Since` (not older than `Last-Modified`) answer `304` with no body.

    **Transcoding.** For a phone on mobile data or a tunnel, ask for a smaller stream:
    `profile=mobile` (Opus 96 kbit/s), `cellular` (Opus 64), `web` (Opus 128) or `legacy`
    (MP3 192, constant bit rate, for old players); or `format=opus|mp3` with
    `maxBitrateKbps` (defaults 128 for Opus, 192 for MP3); `format` and `maxBitrateKbps`
    override a profile's parts. `maxBitrateKbps` alone caps the bit rate: a file within
    it is sent as it is, any other becomes Opus at it. A file already in the asked codec
    and within the bit rate is sent as it is (no transcode, no `X-Transcode` header).
    A media token made with a `profile` (`POST /api/media/session`) applies it to every
    stream that asks for none; `format=original` sends the file as it is whatever the
    token says; beside `profile`, `maxBitrateKbps`, `timeOffsetMs` or `replayGain`
    (which need a transcode) it answers `400 invalid_parameter` naming that parameter. Share tokens may
    ask for transcodes too.

    The hub encodes Opus (in Ogg, 48 kHz, gapless) and MP3 (with a LAME/Xing header)
    itself; formats it cannot decode itself (Opus, APE, WMA, DSD, ...) go through
    `ffmpeg` when it is on the hub's PATH (`GET /api/info` lists the engines), and
    answer `415 transcode_unavailable` when it is not (or when that ffmpeg was built
    without the encoder asked for). A file that cannot be decoded answers
    `422 undecodable`. One encode per file and profile is shared by every request for
    it, and kept in a bounded cache (`--transcode-cache-mb`), so a second play is as
    fast as a file. At most one encode per core runs at once; beyond that,
    `429 too_many_transcodes` with `Retry-After`. A transcode that cannot start within
    15 s (its source is slow to read, or the hub is overloaded) answers
    `503 transcode_stalled` with `Retry-After`; an ffmpeg that produces nothing for 30 s
    is stopped (and answers the same).

    A transcode can be played and seeked **while it is being made**: the answer carries
    its exact final `Content-Length` (and `Content-Range` total) from the first byte,
    ranges already written are sent at once, and a range beyond them waits for the
    encoder (up to 15 s) before any header is sent; one it has not reached by then
    answers `503 transcode_stalled` with `Retry-After`, the encode going on meanwhile
    (or ask with `timeOffsetMs`). Only a source that does not declare its length (or a
    transcode made by ffmpeg) is sent without `Content-Length` until its transcode is
    complete, with `X-Estimated-Content-Length` instead. `timeOffsetMs` starts a
    transcode at that time in the track (for players that seek by asking again);
    `replayGain=track|album` applies the track's (or album's) ReplayGain in the
    transcode, never raising the peak above full scale (for Opus as the header's output
    gain). A transcode's `ETag` names the transcode, `Content-Disposition` its name with
    `.opus` or `.mp3`, and `X-Transcode` what was made (`opus; bitrate=96`,
    `mp3; bitrate=192; gain=-6.20`).

    **Access.** Authenticate with a bearer token, or with `?mediaToken=` from
    `POST /api/media/session` or a share bootstrap (a share's token only streams the
    shared tracks; others answer `403 forbidden`). An expired media token answers
    `401 media_token_expired`; a share's token whose share was deleted or expired, or whose
    share session ended, answers `401 media_token_expired` too. Only files of the catalogue inside a
    configured library
    folder (after following symbolic links) are ever sent. An unknown track answers
    `404 not_found`; a track whose file is gone (or now lies outside the library
    folders) answers `404 not_found` with `details.reason: "file_missing"`.

    Args:
        track_id (str):
        download (int | Unset):
        profile (TranscodeProfile | Unset): A named transcode: `mobile` Opus 96 kbit/s, `cellular`
            Opus 64, `web` Opus 128,
            `legacy` MP3 192 (constant bit rate).
        format_ (StreamFormat | Unset): What a stream is sent as; `original` is the file as it is.
        max_bitrate_kbps (int | Unset):
        time_offset_ms (int | Unset):
        replay_gain (ReplayGainMode | Unset): Which ReplayGain a transcode applies.
        range_ (str | Unset):
        if_range (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | File | ForbiddenError | NotFoundError | RangeNotSatisfiableError | StreamUnavailableError | TooManyTranscodesError | TranscodeUnavailableError | UnauthorizedError | UndecodableError
    """

    return (
        await asyncio_detailed(
            track_id=track_id,
            client=client,
            download=download,
            profile=profile,
            format_=format_,
            max_bitrate_kbps=max_bitrate_kbps,
            time_offset_ms=time_offset_ms,
            replay_gain=replay_gain,
            range_=range_,
            if_range=if_range,
            if_none_match=if_none_match,
            if_modified_since=if_modified_since,
        )
    ).parsed
