/// The GitHub Actions that hubsite's workflows use, each at one version, written here only:
/// the workflow `hubsite new site` writes is made from these, and a test holds every example
/// in `action.yml`, the README and docs/ to them and runs actionlint over what hubsite writes.
/// Raise a version here when GitHub retires the runtime an action runs on (node20 was removed
/// from GitHub's runners on 23 September 2026: a workflow using it may not run at all).
public enum WorkflowActions {
    public static let checkout = "actions/checkout@v6"
    public static let uploadPagesArtifact = "actions/upload-pages-artifact@v4"
    public static let deployPages = "actions/deploy-pages@v5"

    public static let all = [checkout, uploadPagesArtifact, deployPages]
}
