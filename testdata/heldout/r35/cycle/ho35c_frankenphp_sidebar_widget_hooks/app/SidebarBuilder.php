<?php

declare(strict_types=1);

namespace App;

use App\Repository\PostRepository;
use App\Widgets\NewsletterWidget;
use App\Widgets\RecentPostsWidget;
use WidgetKit\Widget;
use WidgetKit\WidgetArea;

final class SidebarBuilder
{
    public function __construct(
        private array $theme,
        private PostRepository $posts,
    ) {
    }

    public function render(string $areaId, array $context): string
    {
        $area = new WidgetArea($areaId);
        foreach ($this->theme[$areaId] ?? [] as $settings) {
            $area->add($this->make($settings)); // leak
        }

        $html = $area->render($context);
        if ($context['preview']) {
            $area->flushHooks();
        }

        return $html;
    }

    private function make(array $settings): Widget
    {
        return match ($settings['type']) {
            'recent_posts' => new RecentPostsWidget($settings, $this->posts),
            'newsletter' => new NewsletterWidget($settings),
        };
    }
}
