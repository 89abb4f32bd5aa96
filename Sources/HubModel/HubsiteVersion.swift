/// hubsite's version: the one place it is written. `hubsite --version` prints it, the link
/// check names it in its User-Agent, and `make dist` names the packages after it (asking the
/// built binary). CHANGELOG.md says what each version changed.
public enum HubsiteVersion {
    public static let current = "0.2.0"
}
