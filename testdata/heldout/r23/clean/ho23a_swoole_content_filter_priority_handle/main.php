<?php

declare(strict_types=1);

require __DIR__ . '/vendor/wpcore/src/HookRegistry.php';
require __DIR__ . '/src/Content/Post.php';
require __DIR__ . '/src/Content/Formatting.php';
require __DIR__ . '/src/Content/FilterHandle.php';
require __DIR__ . '/src/Plugins/ReadingTimeBadge.php';
require __DIR__ . '/src/Content/PostContentRenderer.php';

use App\Content\Formatting;
use App\Content\Post;
use App\Content\PostContentRenderer;
use App\Plugins\ReadingTimeBadge;
use WpCore\Hooks\HookRegistry;

// --- worker boot (Swoole\Http\Server "workerStart") -------------------------
$hooks = new HookRegistry();
$hooks->addFilter('the_content', [Formatting::class, 'texturize'], 10);
$hooks->addFilter('the_content', [Formatting::class, 'autop'], 10);

$readingTime = new ReadingTimeBadge($hooks, [
    'priority' => 10,
    'priority_by_type' => ['post' => 12, 'recipe' => 12],
    'label' => '%d min read',
]);
$renderer = new PostContentRenderer($hooks, $readingTime);

$loadPost = static function (int $id, string $type, int $now): Post {
    $body = [];
    foreach (range(1, 4) as $n) {
        $body[] = sprintf('Paragraph %d of entry %d -- written for the archive at %s... ', $n, $id, date('c', $now))
            . str_repeat('lorem ipsum dolor sit amet ', 5);
    }

    return new Post($id, $type, "Entry #{$id}", implode("\n\n", $body), $now);
};

// --- "request" handler -------------------------------------------------------
$onRequest = static function (array $request) use ($renderer, $loadPost): string {
    $post = $loadPost((int) $request['get']['p'], $request['get']['post_type'] ?? 'post', $request['server']['request_time']);

    return $renderer->render($post);
};

$types = ['post', 'page', 'recipe', 'post'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $response = $onRequest([
        'get' => ['p' => 1000 + $i, 'post_type' => $types[$i % 4]],
        'server' => ['request_time' => 1_700_000_000 + $i],
    ]);
    unset($response);
}
