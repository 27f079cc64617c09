<?php

namespace App\Rendering;

enum Template: string
{
    case Standard = 'standard';
    case LiveBlog = 'live';
    case LongRead = 'longread';
    case Opinion = 'opinion';

    public const REVISION = '2024.03.2';

    public static function fromRequest(?string $requested): self
    {
        return self::tryFrom((string) $requested) ?? self::Standard;
    }
}

final class ArticleRenderer
{
    public function __construct(private array $locales)
    {
    }

    public function supportsLocale(string $locale): bool
    {
        return in_array($locale, $this->locales, true);
    }

    public function renderLayout(Template $template, string $locale): string
    {
        return sprintf(
            "<!doctype html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"/assets/%s.%s.css\"></head>\n<body class=\"tpl-%s\"><header>%s</header>\n<main>{{content}}</main>\n<footer>&copy; The Daily Ledger</footer></body></html>",
            $locale,
            $template->value,
            Template::REVISION,
            $template->value,
            $locale === 'de' ? 'Nachrichten' : ($locale === 'fr' ? 'Actualités' : 'News'),
        );
    }

    public function renderBody(Article $article): string
    {
        $body = '';
        foreach ($article->paragraphs as $paragraph) {
            $body .= '<p>' . htmlspecialchars($paragraph) . "</p>\n";
        }

        return sprintf(
            "<article data-id=\"%d\">\n<h1>%s</h1>\n<p class=\"standfirst\">%s</p>\n<p class=\"byline\">%s &middot; %s</p>\n%s</article>",
            $article->id,
            htmlspecialchars($article->headline),
            htmlspecialchars($article->standfirst),
            htmlspecialchars($article->byline),
            $article->updatedAt->format('j M Y H:i'),
            $body,
        );
    }
}
