"""The SDK against a real hub, used as an agent would: the reference's pairing flow, then
authenticated calls, refresh, devices and logout. Sync first, then the same through the
async API.

A device acts as if it were on another machine (`X-Forwarded-For`, see hubproc.REMOTE), so
the hub really requires its token. Steps that need operations the hub does not build yet
(they answer 501) are skipped with the issue that builds them.
"""

from __future__ import annotations

import asyncio
from http import HTTPStatus

import pytest
from hubproc import REMOTE, HubProcess

from music_hub_client import HubClient, HubError
from music_hub_client.api.auth import arm_pairing, list_devices, logout
from music_hub_client.api.library import get_library_stats, list_tracks
from music_hub_client.api.system import get_info, ping
from music_hub_client.models import (
    ArmRequest,
    DatabaseHealthStatus,
    DevicePage,
    HubInfo,
    PairingArmed,
    Ping,
    TokenPair,
)

NOT_BUILT_YET = "answers 501 until the issue that builds it lands"


def arm(hub: HubProcess) -> str:
    """Arms pairing from the hub's own machine (a loopback call needs no token)."""
    with HubClient(hub.url) as local:
        armed = arm_pairing.sync(client=local.client, body=ArmRequest(minutes=30))
    assert isinstance(armed, PairingArmed), armed
    assert armed.pairing_code
    return armed.pairing_code


def assert_let_in(status: int) -> None:
    """The access guard let the call through: it reached the operation, which answers 501
    while it is not built."""
    assert status not in (401, 403), status
    assert status == HTTPStatus.NOT_IMPLEMENTED, status


def test_ping_and_info(hub: HubProcess) -> None:
    with HubClient(hub.url) as client:
        pong = ping.sync(client=client.client)
        assert isinstance(pong, Ping) and pong.ok
        info = get_info.sync(client=client.client)
        assert isinstance(info, HubInfo)
        assert info.port == hub.port
        assert info.database_health.status == DatabaseHealthStatus.HEALTHY


def test_pairing_flow_as_a_remote_agent(hub: HubProcess) -> None:
    saved: list[TokenPair] = []
    with HubClient(hub.url, headers=REMOTE, on_tokens=saved.append) as agent:
        # Without a token, a remote agent is refused: the remote simulation is real.
        refused = get_library_stats.sync_detailed(client=agent.client)
        assert refused.status_code == HTTPStatus.UNAUTHORIZED

        pair = agent.pair(arm(hub), device_id="agent-1", device_name="automation")
        assert pair.token_type == "Bearer" and pair.device.id == "agent-1"
        assert saved == [pair]
        assert agent.tokens.device_id == "agent-1"

        # The access token opens authenticated operations.
        assert_let_in(get_library_stats.sync_detailed(client=agent.client).status_code)
        assert_let_in(list_tracks.sync_detailed(client=agent.client, limit=5).status_code)

        # Refresh rotates both tokens, and the new access token works.
        rotated = agent.refresh()
        assert rotated.refresh_token != pair.refresh_token
        assert rotated.access_token != pair.access_token
        assert saved == [pair, rotated]
        assert_let_in(get_library_stats.sync_detailed(client=agent.client).status_code)

        # The hub's owner sees the device.
        with HubClient(hub.url) as local:
            devices = list_devices.sync(client=local.client)
            assert isinstance(devices, DevicePage)
            assert [(d.id, d.name, d.revoked) for d in devices.items] == [
                ("agent-1", "automation", False)
            ]

            # The device logs itself out; its tokens stop working at once.
            assert logout.sync_detailed(client=agent.client).status_code == HTTPStatus.NO_CONTENT
            after = get_library_stats.sync_detailed(client=agent.client)
            assert after.status_code == HTTPStatus.UNAUTHORIZED
            assert b"device_revoked" in after.content
            assert list_devices.sync(client=local.client) == DevicePage(items=[], total=0)
            devices = list_devices.sync(client=local.client, include_revoked=True)
            assert isinstance(devices, DevicePage)
            assert [(d.id, d.revoked) for d in devices.items] == [("agent-1", True)]

        # A refresh after logout is refused with the hub's reason.
        with pytest.raises(HubError) as refused_refresh:
            agent.refresh()
        assert refused_refresh.value.status == 401


def test_pairing_flow_async(hub: HubProcess) -> None:
    async def flow() -> None:
        code = arm(hub)
        async with HubClient(hub.url, headers=REMOTE) as agent:
            pair = await agent.apair(code, device_id="agent-2", device_name="async agent")
            response = await get_library_stats.asyncio_detailed(client=agent.client)
            assert_let_in(response.status_code)
            rotated = await agent.arefresh()
            assert rotated.refresh_token != pair.refresh_token
            response = await list_tracks.asyncio_detailed(client=agent.client, limit=5)
            assert_let_in(response.status_code)
            response = await logout.asyncio_detailed(client=agent.client)
            assert response.status_code == HTTPStatus.NO_CONTENT

    asyncio.run(flow())


def test_a_wrong_pairing_code_is_a_hub_error(hub: HubProcess) -> None:
    arm(hub)
    with HubClient(hub.url, headers=REMOTE) as agent, pytest.raises(HubError) as error:
        agent.pair("not-the-code", device_id="agent-3", device_name="guesser")
    assert (error.value.status, error.value.error) == (401, "invalid_pairing_code")


@pytest.mark.skip(
    reason="the hub has no knob for a short access-token lifetime (15 min, fixed): needs e.g. "
    "MUSIC_HUB_ACCESS_TTL_SECS; the refresh-and-retry on token_expired is tested against a "
    "local server in test_layer.py"
)
def test_auto_refresh_when_the_hubs_access_token_expires() -> None:
    pass


@pytest.mark.skip(reason=f"GET /api/tracks with fixture music {NOT_BUILT_YET} (issue 3)")
def test_list_tracks() -> None:
    pass


@pytest.mark.skip(reason=f"GET /api/album/{{id}} {NOT_BUILT_YET} (issue 3)")
def test_get_an_album() -> None:
    pass


@pytest.mark.skip(reason=f"GET /api/search {NOT_BUILT_YET} (issue 3)")
def test_search() -> None:
    pass


@pytest.mark.skip(reason=f"POST /api/playlists and /api/playlists/{{id}}/tracks {NOT_BUILT_YET}")
def test_create_a_playlist_and_add_tracks() -> None:
    pass


@pytest.mark.skip(reason=f"GET and PUT /api/playback/session {NOT_BUILT_YET}")
def test_read_and_update_the_playback_session() -> None:
    pass


@pytest.mark.skip(
    reason=f"GET /api/library/events {NOT_BUILT_YET} (issue 3); the SSE client is tested "
    "against a local server in test_layer.py"
)
def test_library_events_show_a_change_the_agent_made() -> None:
    pass
