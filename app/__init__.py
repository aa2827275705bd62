"""Circuit Ride: offline case work for refugee-resettlement circuit rides."""


def app_version() -> str:
    """The installed package's version (the one a bundle or `pip install` recorded)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("circuitride")
    except PackageNotFoundError:  # a source tree never installed: say so rather than guess
        return "development copy"
