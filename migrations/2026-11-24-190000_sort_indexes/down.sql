DROP INDEX tracks_sort_year_known;
