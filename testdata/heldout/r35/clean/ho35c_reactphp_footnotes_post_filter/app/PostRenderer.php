<?php

declare(strict_types=1);

namespace App;

use App\Plugins\Footnotes;

final class PostRenderer
{
    public function __construct(private Footnotes $footnotes)
    {
    }

    public function render(array $post): string
    {
        $footnotes = $this->footnotes->filterFor($post);
        add_filter('the_content', $footnotes, 20);
        $content = apply_filters('the_content', $post['post_content']);
        remove_filter('the_content', $footnotes, 20);

        return '<article id="post-' . $post['ID'] . '"><h1>' . htmlspecialchars($post['post_title']) . '</h1>' . $content . '</article>';
    }
}
