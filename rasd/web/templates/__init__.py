"""Templates of the web reader (a package only so that installers ship the files)."""
