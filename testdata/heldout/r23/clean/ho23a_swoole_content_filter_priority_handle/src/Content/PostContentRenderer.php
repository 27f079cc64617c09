<?php

declare(strict_types=1);

namespace App\Content;

use App\Plugins\ReadingTimeBadge;
use WpCore\Hooks\HookRegistry;

final class PostContentRenderer
{
    public function __construct(
        private readonly HookRegistry $hooks,
        private readonly ReadingTimeBadge $readingTime,
    ) {
    }

    public function render(Post $post): string
    {
        $handle = $this->readingTime->attach($post);
        try {
            $html = $this->hooks->applyFilters('the_content', $post->content, $post->id);
        } finally {
            $this->readingTime->detach($handle);
        }

        return sprintf('<article id="post-%d"><h1>%s</h1>%s</article>', $post->id, htmlspecialchars($post->title), $html);
    }
}
