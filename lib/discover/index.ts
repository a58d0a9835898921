/** Article discovery: feeds, sitemaps and listing pages → canonical candidate URLs. */
export { canonicalUrl } from "./canonical";
export { discoverArticles, type DiscoveryResult, type FeedState, type Validators } from "./discover";
export { shouldRefetch } from "./refetch";
export { FeedParseError, NoArticleLinksError } from "./errors";
export { articleIdentity, judgeArticleUrl, matchUrl, outletForUrl, sameArticle, type ArticleVerdict, type UrlMatch } from "./article-url";
export { parseXmlSource, type SourceEntry, type XmlSource } from "./xml";
