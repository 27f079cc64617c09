<?php

declare(strict_types=1);

namespace App\Cms;

final class BlockRenderer
{
    public function render(Page $page, string $block, string $locale): string
    {
        $title = htmlspecialchars($page->title, ENT_QUOTES);

        return match ($block) {
            'hero' => sprintf(
                '<section class="hero" lang="%s"><h1>%s</h1><p class="lede">%s</p><time datetime="%s">%s</time></section>',
                $locale,
                $title,
                htmlspecialchars(str_repeat($page->lede, 2), ENT_QUOTES),
                $page->updatedAt->format(DATE_ATOM),
                $page->updatedAt->format('j M Y'),
            ),
            'body', 'gallery' => sprintf(
                '<article class="%s" data-page="%d">%s</article>',
                $block,
                $page->id,
                str_repeat('<p>' . $title . ' ' . $page->lede . '</p>', 3),
            ),
            'related' => sprintf(
                '<aside class="related"><a href="/news/%d-more">More like %s</a><a href="/news/%d-previous">Previous</a></aside>',
                $page->id + 1,
                $title,
                $page->id - 1,
            ),
            'masthead' => sprintf(
                '<header class="masthead" lang="%1$s"><a href="/%1$s/">The Daily Ledger</a><nav>%2$s</nav></header>',
                $locale,
                implode('', array_map(
                    static fn (string $s): string => sprintf('<a href="/%s/%s">%s</a>', $locale, $s, ucfirst($s)),
                    ['news', 'culture', 'sport', 'opinion', 'podcasts'],
                )),
            ),
            'footer' => sprintf(
                '<footer lang="%1$s"><p>&copy; The Daily Ledger</p><a href="/%1$s/imprint">Imprint</a><a href="/%1$s/privacy">Privacy</a></footer>',
                $locale,
            ),
            default => '',
        };
    }
}
