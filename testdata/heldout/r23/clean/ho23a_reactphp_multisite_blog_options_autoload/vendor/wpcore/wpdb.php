<?php

/** Stand-in for $wpdb on a multisite network: one options table per blog. */
final class wpdb
{
    public int $num_queries = 0;

    public function get_blog_prefix(int $blogId): string
    {
        return $blogId === 1 ? 'wp_' : "wp_{$blogId}_";
    }

    public function get_option_value(int $blogId, string $option): ?string
    {
        $this->num_queries++;
        $table = $this->get_blog_prefix($blogId) . 'options';

        if (str_starts_with($option, '_transient_related_')) {
            $postId = (int) substr($option, strlen('_transient_related_'));
            $related = [];
            for ($i = 1; $i <= 5; $i++) {
                $related[] = ['ID' => $postId + $i * 7, 'post_title' => "Related story {$i} for {$postId} in {$table}", 'score' => 1 / $i];
            }

            return serialize($related);
        }

        return match ($option) {
            'blogname' => "Site {$blogId}",
            'blogdescription' => "Just another site on the network ({$blogId})",
            'posts_per_page' => '10',
            'widget_recent-posts' => serialize(['title' => 'Recent', 'number' => 5]),
            default => null,
        };
    }
}
