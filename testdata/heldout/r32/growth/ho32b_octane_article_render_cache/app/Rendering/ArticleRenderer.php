<?php

namespace App\Rendering;

final class ArticleRenderer
{
    public function __construct(private array $locales)
    {
    }

    public function supportsLocale(string $locale): bool
    {
        return in_array($locale, $this->locales, true);
    }

    public function render(Article $article, string $locale): string
    {
        $body = '';
        foreach ($article->paragraphs as $paragraph) {
            $body .= '<p>' . htmlspecialchars($paragraph) . "</p>\n";
        }

        return sprintf(
            "<article lang=\"%s\" data-id=\"%d\">\n<h1>%s</h1>\n<p class=\"standfirst\">%s</p>\n<p class=\"byline\">%s &middot; %s</p>\n%s</article>",
            $locale,
            $article->id,
            htmlspecialchars($article->headline),
            htmlspecialchars($article->standfirst),
            htmlspecialchars($article->byline),
            $article->updatedAt->format('j M Y H:i'),
            $body,
        );
    }
}
