<?php

declare(strict_types=1);

// FrankenPHP worker mode: boot once, then serve requests in a loop. Every
// page render builds its sidebar widget area from the theme's configuration.

require __DIR__ . '/vendor/frankenphp-worker/handle_request.php';
require __DIR__ . '/vendor/widgetkit/src/HookBag.php';
require __DIR__ . '/vendor/widgetkit/src/Widget.php';
require __DIR__ . '/vendor/widgetkit/src/WidgetArea.php';
require __DIR__ . '/app/Repository/PostRepository.php';
require __DIR__ . '/app/Widgets/RecentPostsWidget.php';
require __DIR__ . '/app/Widgets/NewsletterWidget.php';
require __DIR__ . '/app/SidebarBuilder.php';

use App\Repository\PostRepository;
use App\SidebarBuilder;

$theme = [
    'sidebar-1' => [
        ['type' => 'recent_posts', 'title' => 'Latest from the blog', 'limit' => 4],
        ['type' => 'newsletter', 'title' => 'Stay in the loop', 'list' => 'weekly-digest'],
    ],
];

$sidebars = new SidebarBuilder($theme, new PostRepository());

$handler = static function () use ($sidebars): void {
    $postId = (int) ($_GET['p'] ?? 0);
    $sidebar = $sidebars->render('sidebar-1', [
        'post_id' => $postId,
        'category' => $_GET['cat'] ?? 'uncategorized',
        'preview' => isset($_GET['preview']),
    ]);
    $html = '<main><article id="post-' . $postId . '"></article></main><aside>' . $sidebar . '</aside>';
    unset($html);
};

$maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = \frankenphp_handle_request($handler);
    if (!$keepRunning) {
        break;
    }
}
