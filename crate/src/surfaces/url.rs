//! Which links from the page may be opened: only LinkedIn profile and entity pages over HTTPS.

/// The URL, normalised, if it is `https://www.linkedin.com/` followed by a profile (`/in/`) or an
/// entity path (`/company/`, `/school/`, `/newsletters/`, `/groups/`, `/events/`), with no
/// credentials, port, or odd characters; `None` otherwise.
pub fn safe_profile_url(url: &str) -> Option<String> {
    const ORIGIN: &str = "https://www.linkedin.com/";
    const PATHS: [&str; 6] = [
        "in/",
        "company/",
        "school/",
        "newsletters/",
        "groups/",
        "events/",
    ];
    let rest = url.trim().strip_prefix(ORIGIN)?;
    let path = rest.split(['?', '#']).next().unwrap_or_default();
    if !PATHS.iter().any(|prefix| path.starts_with(prefix)) {
        return None;
    }
    let slug = path.split('/').nth(1).unwrap_or_default();
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '%' | '/');
    if slug.is_empty() || !path.chars().all(allowed) || path.contains("..") {
        return None;
    }
    Some(format!("{ORIGIN}{path}"))
}

#[cfg(test)]
mod tests {
    use super::safe_profile_url;

    #[test]
    fn profile_links_are_kept_without_query() {
        assert_eq!(
            safe_profile_url("https://www.linkedin.com/in/jane-doe-12/?miniProfileUrn=x")
                .as_deref(),
            Some("https://www.linkedin.com/in/jane-doe-12/")
        );
        assert!(safe_profile_url("https://www.linkedin.com/company/acme/").is_some());
    }

    #[test]
    fn anything_else_is_refused() {
        for url in [
            "javascript:alert(1)",
            "http://www.linkedin.com/in/jane/",
            "https://www.linkedin.com.evil.example/in/jane/",
            "https://evil.example/https://www.linkedin.com/in/jane/",
            "https://www.linkedin.com/feed/",
            "https://www.linkedin.com/in/",
            "https://www.linkedin.com/in/ja\"ne/",
            "https://www.linkedin.com/in/../../logout",
            "https://user@www.linkedin.com/in/jane/",
        ] {
            assert_eq!(safe_profile_url(url), None, "{url}");
        }
    }
}
