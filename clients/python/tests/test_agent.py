"""The SDK used as an agent would, on a real hub serving the fixture music
(tests/fixtures/audio): ping and info; arm pairing locally and pair as a remote device;
wait for the scan; list tracks, get an album, search; create a playlist and add tracks; read
and update the playback session; play a track through its media-token URL; refresh; see on
the library feed the event of a change the agent made; log out.

The tests run in this order on one hub and one paired agent (module fixtures). The agent is
on another machine (`X-Forwarded-For`, see hubproc.REMOTE), so the hub really requires its
token.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from http import HTTPStatus
from urllib.parse import quote

import httpx
import pytest
from hubproc import REMOTE, HubProcess, fixture_library
from support import arm, in_background, rebuild, record_calls, take

from music_hub_client import HubClient, HubError, LibraryEvent, SseMessage
from music_hub_client.api.auth import list_devices, logout
from music_hub_client.api.library import get_album, get_library_stats, list_tracks
from music_hub_client.api.media import create_media_session
from music_hub_client.api.playback import get_playback_session, update_playback_session
from music_hub_client.api.playlists import add_playlist_tracks, create_playlist
from music_hub_client.api.scan import get_scan_status
from music_hub_client.api.search import clear_search_history, list_search_history, search_library
from music_hub_client.api.system import get_info, ping
from music_hub_client.models import (
    AlbumDetail,
    AlbumRef,
    DatabaseHealthChangedEvent,
    DatabaseHealthStatus,
    DevicePage,
    HubInfo,
    MediaSession,
    MediaSessionRequest,
    Ping,
    PlaybackSession,
    PlaybackSessionUpdate,
    PlaybackState,
    PlaylistCreate,
    PlaylistCreatedEvent,
    PlaylistDetail,
    PlaylistTracksAdd,
    ScanState,
    ScanStatus,
    SearchHistoryPage,
    SearchResults,
    SearchType,
    SessionConflictCode,
    SessionConflictError,
    SessionConflictErrorDetails,
    TokenPair,
    Track,
    TrackPage,
    TranscodeEngineName,
    TranscodeProfile,
    UnknownTrackCode,
    UnknownTrackError,
    UnknownTrackErrorDetails,
)
from music_hub_client.types import UNSET, Unset

SCAN_TIMEOUT_S = 60
# Titles of the fixture music (tests/fixtures/audio/make-fixtures.sh).
BEYONCE = {"Crazy in Love", "If I Were a Boy", "Single Ladies (Put a Ring on It)"}
SOME_TITLES = BEYONCE | {"夜に駆ける", "Bridge over Troubled Water", "First Song", "Second Song"}


class Agent:
    """The agent under test: its client and every token pair it was handed."""

    def __init__(self, hub: HubProcess) -> None:
        self.hub = hub
        self.saved: list[TokenPair] = []
        self.client = HubClient(hub.url, headers=REMOTE, on_tokens=self.saved.append)


@pytest.fixture(scope="module")
def library_hub() -> Iterator[HubProcess]:
    with HubProcess(libraries=[fixture_library()]) as running:
        yield running


@pytest.fixture(scope="module")
def agent(library_hub: HubProcess) -> Iterator[Agent]:
    agent = Agent(library_hub)
    with agent.client:
        yield agent


@pytest.fixture(scope="module")
def scanned(agent: Agent) -> ScanStatus:
    """Waits until `GET /api/scan/status` reports the start-up scan `completed`."""
    deadline = time.monotonic() + SCAN_TIMEOUT_S
    while True:
        response = get_scan_status.sync_detailed(client=agent.client.client)
        assert response.status_code != 501, (
            "getScanStatus answers 501 not_implemented: the scanner has not landed here"
        )
        status = response.parsed
        assert isinstance(status, ScanStatus), (response.status_code, response.content)
        if status.state == ScanState.COMPLETED:
            return status
        assert status.state in (ScanState.IDLE, ScanState.RUNNING), status
        assert time.monotonic() < deadline, f"no completed scan in {SCAN_TIMEOUT_S} s: {status}"
        time.sleep(0.2)


def all_tracks(agent: Agent) -> list[Track]:
    tracks: list[Track] = []
    cursor: str | Unset = UNSET
    while True:
        page = list_tracks.sync(client=agent.client.client, limit=100, cursor=cursor)
        assert isinstance(page, TrackPage), page
        tracks += page.items
        if not isinstance(page.next_cursor, str):
            assert len(tracks) == page.total
            return tracks
        cursor = page.next_cursor


def track_titled(agent: Agent, title: str) -> Track:
    (track,) = [t for t in all_tracks(agent) if t.title == title]
    return track


def test_ping_and_info(library_hub: HubProcess) -> None:
    with HubClient(library_hub.url) as client:
        pong = ping.sync(client=client.client)
        assert isinstance(pong, Ping) and pong.ok
        info = get_info.sync(client=client.client)
        assert isinstance(info, HubInfo)
        assert info.port == library_hub.port
        assert info.database_health.status == DatabaseHealthStatus.HEALTHY


def test_pair_as_a_remote_agent(agent: Agent) -> None:
    # Without a token a remote agent is refused: the remote simulation is real.
    refused = get_library_stats.sync_detailed(client=agent.client.client)
    assert refused.status_code == HTTPStatus.UNAUTHORIZED

    pair = agent.client.pair(arm(agent.hub), device_id="agent-1", device_name="automation")
    assert pair.token_type == "Bearer" and pair.device.id == "agent-1"
    assert agent.saved == [pair]
    assert agent.client.tokens.device_id == "agent-1"
    assert get_library_stats.sync_detailed(client=agent.client.client).status_code == 200

    # The hub's owner sees the device.
    with HubClient(agent.hub.url) as local:
        devices = list_devices.sync(client=local.client)
    assert isinstance(devices, DevicePage)
    assert [(d.id, d.name, d.revoked) for d in devices.items] == [("agent-1", "automation", False)]


def test_a_wrong_pairing_code_is_a_hub_error(library_hub: HubProcess) -> None:
    arm(library_hub)
    with HubClient(library_hub.url, headers=REMOTE) as guesser, pytest.raises(HubError) as error:
        guesser.pair("not-the-code", device_id="guesser", device_name="guesser")
    assert (error.value.status, error.value.error) == (401, "invalid_pairing_code")


def test_the_scan_completes(scanned: ScanStatus) -> None:
    assert scanned.state == ScanState.COMPLETED
    assert isinstance(scanned.files_processed, int) and scanned.files_processed > 0


def test_list_tracks(agent: Agent, scanned: ScanStatus) -> None:
    titles = {t.title for t in all_tracks(agent)}
    assert SOME_TITLES <= titles, SOME_TITLES - titles


def test_get_an_album(agent: Agent, scanned: ScanStatus) -> None:
    crazy = track_titled(agent, "Crazy in Love")
    assert isinstance(crazy.album, AlbumRef), crazy
    album = get_album.sync(crazy.album.id, client=agent.client.client)
    assert isinstance(album, AlbumDetail), album
    assert album.album.title == "Dangerously in Love"
    assert [a.name for a in album.album.artists] == ["Beyoncé"]
    assert [t.title for t in album.tracks] == ["Crazy in Love"]

    # Two discs are one album, its tracks in disc order.
    boy = track_titled(agent, "If I Were a Boy")
    assert isinstance(boy.album, AlbumRef), boy
    fierce = get_album.sync(boy.album.id, client=agent.client.client)
    assert isinstance(fierce, AlbumDetail), fierce
    assert fierce.album.title == "I Am... Sasha Fierce"
    assert [t.title for t in fierce.tracks] == [
        "If I Were a Boy",
        "Single Ladies (Put a Ring on It)",
    ]


def test_search(agent: Agent, scanned: ScanStatus) -> None:
    found = search_library.sync(client=agent.client.client, q="beyonce")
    assert isinstance(found, SearchResults), found
    titles = {t.title for t in found.tracks}
    assert BEYONCE <= titles, BEYONCE - titles
    assert "Beyoncé" in {a.name for a in found.artists}
    assert {"Dangerously in Love", "I Am... Sasha Fierce"} <= {a.title for a in found.albums}

    # The query went into the agent's search history; clearing it is a change it can make.
    history = list_search_history.sync(client=agent.client.client)
    assert isinstance(history, SearchHistoryPage)
    assert "beyonce" in [entry.query for entry in history.items]
    cleared = clear_search_history.sync_detailed(client=agent.client.client)
    assert cleared.status_code == HTTPStatus.NO_CONTENT
    assert list_search_history.sync(client=agent.client.client) == SearchHistoryPage(
        items=[], total=0
    )

    # `types` narrows the groups; the others are empty lists.
    only_albums = search_library.sync(
        client=agent.client.client, q="beyonce", types=[SearchType.ALBUM], record=False
    )
    assert isinstance(only_albums, SearchResults)
    assert only_albums.tracks == [] and only_albums.albums


def test_create_a_playlist_and_add_tracks(agent: Agent, request: pytest.FixtureRequest) -> None:
    created = create_playlist.sync_detailed(
        client=agent.client.client, body=PlaylistCreate(name="Agent mix")
    )
    assert created.status_code == HTTPStatus.CREATED, created.content
    assert isinstance(created.parsed, PlaylistDetail)
    assert created.parsed.playlist.name == "Agent mix"
    assert created.parsed.entries == []
    assert created.headers["location"] == f"/api/playlists/{created.parsed.playlist.id}"

    request.getfixturevalue("scanned")
    crazy = track_titled(agent, "Crazy in Love")
    night = track_titled(agent, "夜に駆ける")
    added = add_playlist_tracks.sync_detailed(
        created.parsed.playlist.id,
        client=agent.client.client,
        body=PlaylistTracksAdd(track_ids=[crazy.id, night.id]),
    )
    assert added.status_code == HTTPStatus.OK, added.content
    assert isinstance(added.parsed, PlaylistDetail)
    assert [e.track_id for e in added.parsed.entries] == [crazy.id, night.id]
    assert added.parsed.playlist.track_count == 2
    second = added.parsed.entries[1].track
    assert isinstance(second, Track) and second.title == "夜に駆ける"

    # A track id that is not in the library: 422 naming it, and nothing added.
    refused = add_playlist_tracks.sync_detailed(
        created.parsed.playlist.id,
        client=agent.client.client,
        body=PlaylistTracksAdd(track_ids=["trk_not_here"], position=0),
    )
    assert refused.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert isinstance(refused.parsed, UnknownTrackError)
    assert refused.parsed.error == UnknownTrackCode.UNKNOWN_TRACK
    assert isinstance(refused.parsed.details, UnknownTrackErrorDetails)
    assert refused.parsed.details["trackId"] == "trk_not_here"


def test_read_and_update_the_playback_session(agent: Agent, request: pytest.FixtureRequest) -> None:
    session = get_playback_session.sync_detailed(client=agent.client.client)
    assert session.status_code == HTTPStatus.OK, session.content
    assert isinstance(session.parsed, PlaybackSession)

    request.getfixturevalue("scanned")
    crazy = track_titled(agent, "Crazy in Love")
    updated = update_playback_session.sync_detailed(
        client=agent.client.client,
        body=PlaybackSessionUpdate(
            base_revision=session.parsed.revision,
            queue_track_ids=[crazy.id],
            current_index=0,
            position_ms=100,
            state=PlaybackState.PAUSED,
        ),
    )
    assert updated.status_code == HTTPStatus.OK, updated.content
    assert isinstance(updated.parsed, PlaybackSession)
    assert updated.parsed.revision == session.parsed.revision + 1
    assert [t.id for t in updated.parsed.queue] == [crazy.id]
    assert updated.parsed.current_index == 0
    assert updated.parsed.position_ms == 100
    assert updated.parsed.state == PlaybackState.PAUSED
    assert updated.parsed.active_device_id == "agent-1"
    assert get_playback_session.sync(client=agent.client.client) == updated.parsed

    # Another device's change in between: the stale revision is refused, nothing changes.
    stale = update_playback_session.sync_detailed(
        client=agent.client.client,
        body=PlaybackSessionUpdate(
            base_revision=session.parsed.revision, state=PlaybackState.PLAYING
        ),
    )
    assert stale.status_code == HTTPStatus.CONFLICT
    assert isinstance(stale.parsed, SessionConflictError)
    assert stale.parsed.error == SessionConflictCode.SESSION_CONFLICT
    assert isinstance(stale.parsed.details, SessionConflictErrorDetails)
    assert stale.parsed.details["revision"] == updated.parsed.revision
    now = get_playback_session.sync(client=agent.client.client)
    assert isinstance(now, PlaybackSession) and now.state == PlaybackState.PAUSED


def test_play_a_track_through_its_media_token_url(
    agent: Agent, request: pytest.FixtureRequest
) -> None:
    """The README's "play a track": a media session, then the stream URL from its template,
    fetched as a player would (no Authorization header: the token is in the URL), a range
    at a time."""
    request.getfixturevalue("scanned")
    crazy = track_titled(agent, "Crazy in Love")
    media = create_media_session.sync(
        client=agent.client.client, body=MediaSessionRequest(ttl_seconds=600)
    )
    assert isinstance(media, MediaSession), media
    assert media.expires_at > datetime.now(timezone.utc)
    stream_url = agent.hub.url + media.stream_url_template.replace("{trackId}", quote(crazy.id))
    assert f"mediaToken={media.media_token}" in stream_url

    # A remote player, with the token in the URL only.
    first = httpx.get(stream_url, headers={**REMOTE, "Range": "bytes=0-15"})
    assert first.status_code == HTTPStatus.PARTIAL_CONTENT, first.text
    assert first.headers["content-type"] == "audio/mpeg"
    assert first.headers["content-range"].startswith("bytes 0-15/")
    assert first.content[:3] == b"ID3" and len(first.content) == 16  # an ID3v2.3 tag first
    # Without the token the same call is refused.
    refused = httpx.get(stream_url.split("?")[0], headers={**REMOTE, "Range": "bytes=0-15"})
    assert refused.status_code == HTTPStatus.UNAUTHORIZED, refused.text


def test_play_a_track_transcoded_for_a_phone_on_mobile_data(
    agent: Agent, request: pytest.FixtureRequest
) -> None:
    """A media session with the device's default profile: every stream URL made from its
    template is then Opus at 96 kbit/s, and `format=original` still gets the file."""
    request.getfixturevalue("scanned")
    ladies = track_titled(agent, "Single Ladies")
    media = create_media_session.sync(
        client=agent.client.client,
        body=MediaSessionRequest(ttl_seconds=600, profile=TranscodeProfile.MOBILE),
    )
    assert isinstance(media, MediaSession), media
    assert media.profile == TranscodeProfile.MOBILE
    stream_url = agent.hub.url + media.stream_url_template.replace("{trackId}", quote(ladies.id))

    opus = httpx.get(stream_url, headers=REMOTE)
    assert opus.status_code == HTTPStatus.OK, opus.text
    assert opus.headers["content-type"] == "audio/ogg; codecs=opus"
    assert opus.headers["x-transcode"] == "opus; bitrate=96"
    assert opus.content[:4] == b"OggS" and opus.content[28:36] == b"OpusHead"

    original = httpx.get(stream_url + "&format=original", headers=REMOTE)
    assert original.status_code == HTTPStatus.OK
    assert original.headers["content-type"] == "audio/flac"
    assert "x-transcode" not in original.headers

    info = get_info.sync(client=agent.client.client)
    assert isinstance(info, HubInfo) and not isinstance(info.transcoding, Unset)
    assert TranscodeEngineName.BUILTIN in [engine.name for engine in info.transcoding.engines]


def test_refresh_tokens(agent: Agent) -> None:
    before = agent.client.tokens
    rotated = agent.client.refresh()
    assert rotated.refresh_token != before.refresh_token
    assert rotated.access_token != before.access_token
    assert agent.saved[-1] == rotated
    assert get_library_stats.sync_detailed(client=agent.client.client).status_code == 200


def test_the_same_flow_async(library_hub: HubProcess, scanned: ScanStatus) -> None:
    async def flow() -> None:
        code = arm(library_hub)
        async with HubClient(library_hub.url, headers=REMOTE) as agent:
            pair = await agent.apair(code, device_id="agent-async", device_name="async agent")
            page = await list_tracks.asyncio(client=agent.client, limit=100)
            assert isinstance(page, TrackPage)
            assert SOME_TITLES <= {t.title for t in page.items}
            rotated = await agent.arefresh()
            assert rotated.refresh_token != pair.refresh_token
            found = await search_library.asyncio(client=agent.client, q="夜に", record=False)
            assert isinstance(found, SearchResults)
            assert "夜に駆ける" in {t.title for t in found.tracks}
            response = await logout.asyncio_detailed(client=agent.client)
            assert response.status_code == HTTPStatus.NO_CONTENT

    asyncio.run(flow())


def test_library_events_show_a_change_the_agent_made(agent: Agent) -> None:
    """The agent follows the feed as its device, creates a playlist and then, on the hub's
    machine, rebuilds the database: the feed shows `playlistCreated` with the new id, then the
    health going `rebuilding`, then `healthy`."""
    calls = record_calls(agent.client)

    def is_healthy(message: SseMessage[LibraryEvent]) -> bool:
        return (
            isinstance(message.data, DatabaseHealthChangedEvent)
            and message.data.payload.status == DatabaseHealthStatus.HEALTHY
        )

    # Other events (a scan's, say) may come between: take until the rebuild's last one.
    follower = in_background(
        lambda: take(agent.client.library_events(reconnect=False), 50, until=is_healthy)
    )
    assert calls.opened.wait(10), "the feed did not open"
    made = create_playlist.sync(client=agent.client.client, body=PlaylistCreate(name="Feed check"))
    assert isinstance(made, PlaylistDetail)
    result = rebuild(agent.hub)
    assert result.database_health.status == DatabaseHealthStatus.HEALTHY
    got = follower.result(20)
    created = [
        (m.event, m.data.payload.playlist_id)
        for m in got
        if isinstance(m.data, PlaylistCreatedEvent)
    ]
    assert created == [("playlistCreated", made.playlist.id)]
    health = [
        (m.event, m.data.payload.status.value)
        for m in got
        if isinstance(m.data, DatabaseHealthChangedEvent)
    ]
    assert health == [("databaseHealthChanged", "rebuilding"), ("databaseHealthChanged", "healthy")]
    assert all(m.id == str(m.data.id) for m in got)

    # The fresh database has no paired devices: pair again (for the logout that follows).
    agent.client.pair(arm(agent.hub), device_id="agent-1", device_name="automation")


def test_logout(agent: Agent) -> None:
    assert logout.sync_detailed(client=agent.client.client).status_code == HTTPStatus.NO_CONTENT
    after = get_library_stats.sync_detailed(client=agent.client.client)
    assert after.status_code == HTTPStatus.UNAUTHORIZED
    assert b"device_revoked" in after.content
    with HubClient(agent.hub.url) as local:
        assert list_devices.sync(client=local.client) == DevicePage(items=[], total=0)
    # A refresh after logout is refused with the hub's reason.
    with pytest.raises(HubError) as refused:
        agent.client.refresh()
    assert refused.value.status == 401
