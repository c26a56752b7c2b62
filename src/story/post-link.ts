/**
 * Where a post on X may link: https, on x.com or twitter.com (or a subdomain such as
 * pic.twitter.com), with nothing between the host and the path: no user name ("x.com@evil.example"
 * is a link to evil.example), no port, no backslash. What matches can only be parsed as a URL on
 * those hosts. Shared by the schema (which names the rule when it refuses a link) and the card.
 */
export const X_POST_LINK = /^https:\/\/([\w-]+\.)*(x|twitter)\.com([/?#]|$)/;

/**
 * A link X writes into a post that had a photo (pic.twitter.com, now also pic.x.com): it opens the
 * photo, not the post, so a card names it as the photo.
 */
export const X_PHOTO_LINK = /^https:\/\/pic\.(x|twitter)\.com\//;
