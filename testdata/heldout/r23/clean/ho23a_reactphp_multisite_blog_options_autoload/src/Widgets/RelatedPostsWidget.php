<?php

declare(strict_types=1);

final class RelatedPostsWidget
{
    public function render(int $blogId, int $postId): string
    {
        $title = get_blog_option_cached($blogId, 'blogname');
        $related = get_blog_option_cached($blogId, self::transientName($postId), []);

        $items = '';
        foreach ($related as $row) {
            $items .= sprintf('<li><a href="/?p=%d">%s</a></li>', $row['ID'], htmlspecialchars($row['post_title']));
        }

        return sprintf('<aside><h2>More from %s</h2><ul>%s</ul></aside>', htmlspecialchars((string) $title), $items);
    }

    private static function transientName(int $postId): string
    {
        return '_transient_related_' . $postId;
    }
}
