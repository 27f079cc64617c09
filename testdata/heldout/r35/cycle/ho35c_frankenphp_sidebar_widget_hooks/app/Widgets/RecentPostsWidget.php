<?php

declare(strict_types=1);

namespace App\Widgets;

use App\Repository\PostRepository;
use WidgetKit\Widget;

final class RecentPostsWidget extends Widget
{
    /** @var list<array{id: int, title: string, permalink: string, date: string}> */
    private array $posts = [];

    public function __construct(array $settings, private PostRepository $repository)
    {
        parent::__construct($settings);
    }

    protected function boot(): void
    {
        // Load the list once for the whole area, before any widget renders.
        $this->hooks->on('area.before_render', $this->prime(...)); // leak
    }

    public function prime(array $context): void
    {
        $this->posts = $this->repository->latest($context['category'], (int) ($this->settings['limit'] ?? 5), $context['post_id']);
    }

    public function render(array $context): string
    {
        $items = '';
        foreach ($this->posts as $post) {
            $items .= sprintf('<li><a href="%s">%s</a> <time>%s</time></li>', $post['permalink'], htmlspecialchars($post['title']), $post['date']);
        }

        return $this->title() . '<ul class="recent-posts">' . $items . '</ul>';
    }
}
