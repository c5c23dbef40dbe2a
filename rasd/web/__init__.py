"""The web reader and REST API (`rasd serve`): see rasd.web.app.create_app and docs/web.md."""
