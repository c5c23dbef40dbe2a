"""CSS, JS and icons of the web reader, served at /static (a package only so that installers ship the files)."""
