import pytest

from briefing import config
from briefing.errors import ConfigError


def write(tmp_path, text):
    path = tmp_path / "briefing.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file():
    settings = config.load()
    assert settings.brand.name == "Briefing"
    assert settings.fetch.concurrency == 16 and settings.fetch.per_host == 2
    assert settings.sources == []


def test_file_overrides_only_the_keys_it_sets(tmp_path):
    path = write(tmp_path, '[brand]\nname = "GogoAI"\n[fetch]\nper_host = 4\nread_timeout = 5\n'
                           '[[sources]]\nname = "Wire"\nurl = "https://news.example.com/rss"\n'
                           'tags = ["hk"]\n')
    settings = config.load(path)
    assert settings.brand.name == "GogoAI"
    assert settings.brand.site_name == "Briefing Markets Desk"
    assert settings.fetch.per_host == 4 and settings.fetch.concurrency == 16
    assert settings.fetch.read_timeout == 5.0
    assert settings.sources[0].name == "Wire" and settings.sources[0].tags == ["hk"]


@pytest.mark.parametrize("text, message", [
    ('[brand]\nnmae = "x"\n', "[brand] nmae: unknown key"),
    ('[fetch]\nconcurrency = "many"\n', "[fetch] concurrency: expected an integer, got 'many'"),
    ('[fetch]\nconcurrency = true\n', "[fetch] concurrency: expected an integer, got True"),
    ('[fetch]\nper_host = 0\n', "[fetch] per_host: must be greater than 0, got 0"),
    ('[fetch]\nretries = -1\n', "[fetch] retries: must not be negative, got -1"),
    ('[email]\nmax_attempts = 0\n', "[email] max_attempts: must be greater than 0, got 0"),
    ('[email]\nrate_per_second = -1\n', "[email] rate_per_second: must not be negative, got -1.0"),
    ('[email]\nsecurity = "ssl"\n', "[email] security: must be one of starttls, tls, none, got 'ssl'"),
    ('[compose]\nwriter = "gpt"\n', "[compose] writer: must be one of rules, llm, got 'gpt'"),
    ('[stories]\ntop_n = 0\n', "[stories] top_n: must be greater than 0, got 0"),
    ('[brnad]\n', "unknown section 'brnad'"),
    ('brand = 3\n', "[brand] must be a table"),
    ('[extract]\nlexicon = "my.tsv"\n', "[extract] lexicon: expected a list of strings"),
    ('[[sources]]\nurl = "https://x"\n', "[[sources]] #1: missing key 'name'"),
    ('[[sources]]\nname = "a"\n', "[[sources]] #1 (a): give exactly one of url or path"),
    ('[[sources]]\nname = "a"\nurl = "https://x"\nkind = "blog"\n',
     "[[sources]] #1 (a) kind: must be one of feed, page, file"),
    ('[[sources]]\nname = "a"\nurl = "https://x"\n[[sources]]\nname = "a"\npath = "p"\n',
     "[[sources]] name 'a' is used twice"),
    ('[brand\n', "not valid TOML"),
])
def test_errors_name_the_file_the_key_and_the_problem(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        config.load(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        config.load(tmp_path / "nope.toml")


def test_starter_config_parses_to_the_defaults(tmp_path):
    from importlib import resources

    text = resources.files("briefing").joinpath("data/briefing.toml").read_text("utf-8")
    settings = config.load(write(tmp_path, text))
    defaults = config.Settings()
    assert (settings.brand, settings.fetch, settings.compose) == (
        defaults.brand, defaults.fetch, defaults.compose)
