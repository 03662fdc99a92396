DROP TABLE track_loudness;
