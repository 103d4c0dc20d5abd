# packaging, filled in below
