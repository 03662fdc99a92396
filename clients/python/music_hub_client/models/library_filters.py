from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.artist_facet import ArtistFacet
    from ..models.decade_facet import DecadeFacet
    from ..models.facet_value import FacetValue
    from ..models.year_facet import YearFacet


T = TypeVar("T", bound="LibraryFilters")


@_attrs_define
class LibraryFilters:
    """The facets of the catalogue, each with its number of tracks.

    Attributes:
        genres (list[FacetValue]): Genres, most tracks first.
        years (list[YearFacet]): Years, newest first.
        decades (list[DecadeFacet]): Decades, newest first.
        formats (list[FacetValue]): Formats (codecs), most tracks first.
        artists (list[ArtistFacet]): Artists, most tracks first.
    """

    genres: list[FacetValue]
    years: list[YearFacet]
    decades: list[DecadeFacet]
    formats: list[FacetValue]
    artists: list[ArtistFacet]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        genres = []
        for genres_item_data in self.genres:
            genres_item = genres_item_data.to_dict()
            genres.append(genres_item)

        years = []
        for years_item_data in self.years:
            years_item = years_item_data.to_dict()
            years.append(years_item)

        decades = []
        for decades_item_data in self.decades:
            decades_item = decades_item_data.to_dict()
            decades.append(decades_item)

        formats = []
        for formats_item_data in self.formats:
            formats_item = formats_item_data.to_dict()
            formats.append(formats_item)

        artists = []
        for artists_item_data in self.artists:
            artists_item = artists_item_data.to_dict()
            artists.append(artists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "genres": genres,
                "years": years,
                "decades": decades,
                "formats": formats,
                "artists": artists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artist_facet import ArtistFacet
        from ..models.decade_facet import DecadeFacet
        from ..models.facet_value import FacetValue
        from ..models.year_facet import YearFacet

        d = dict(src_dict)
        genres = []
        _genres = d.pop("genres")
        for genres_item_data in _genres:
            genres_item = FacetValue.from_dict(genres_item_data)

            genres.append(genres_item)

        years = []
        _years = d.pop("years")
        for years_item_data in _years:
            years_item = YearFacet.from_dict(years_item_data)

            years.append(years_item)

        decades = []
        _decades = d.pop("decades")
        for decades_item_data in _decades:
            decades_item = DecadeFacet.from_dict(decades_item_data)

            decades.append(decades_item)

        formats = []
        _formats = d.pop("formats")
        for formats_item_data in _formats:
            formats_item = FacetValue.from_dict(formats_item_data)

            formats.append(formats_item)

        artists = []
        _artists = d.pop("artists")
        for artists_item_data in _artists:
            artists_item = ArtistFacet.from_dict(artists_item_data)

            artists.append(artists_item)

        library_filters = cls(
            genres=genres,
            years=years,
            decades=decades,
            formats=formats,
            artists=artists,
        )

        library_filters.additional_properties = d
        return library_filters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
