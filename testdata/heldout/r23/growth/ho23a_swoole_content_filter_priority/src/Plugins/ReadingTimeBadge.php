<?php

declare(strict_types=1);

namespace App\Plugins;

use App\Content\FilterHandle;
use App\Content\Post;
use WpCore\Hooks\HookRegistry;

final class ReadingTimeBadge
{
    private const WORDS_PER_MINUTE = 220;

    public function __construct(
        private readonly HookRegistry $hooks,
        private readonly array $settings,
    ) {
    }

    public function attach(Post $post): FilterHandle
    {
        $filter = $this->badgeFilter($post, $this->minutesFor($post));
        $priority = $this->priorityFor($post);
        $this->hooks->addFilter('the_content', $filter, $priority, 2); // leak

        return new FilterHandle('the_content', $filter, $priority);
    }

    public function detach(FilterHandle $handle): void
    {
        $this->hooks->removeFilter($handle->hook, $handle->callback);
    }

    private function priorityFor(Post $post): int
    {
        // Card-style themes wrap articles themselves; the badge has to land after their wrapper.
        return $this->settings['priority_by_type'][$post->type] ?? $this->settings['priority'];
    }

    private function minutesFor(Post $post): int
    {
        $words = str_word_count(strip_tags($post->content));

        return max(1, (int) ceil($words / self::WORDS_PER_MINUTE));
    }

    private function badgeFilter(Post $post, int $minutes): \Closure
    {
        $label = sprintf($this->settings['label'], $minutes);

        return static function (string $content, int $postId = 0) use ($post, $label): string {
            if ($postId !== $post->id || str_contains($content, 'data-reading-time="' . $post->id . '"')) {
                return $content;
            }

            return sprintf('<span class="reading-time" data-reading-time="%d">%s</span>', $post->id, $label) . $content;
        };
    }
}
