<?php

declare(strict_types=1);

// Octane-style worker: the application is booted once, then every request
// renders a post body through the shortcode registry.

require __DIR__ . '/vendor/cmskit/cache/src/RenderCache.php';
require __DIR__ . '/vendor/cmskit/shortcodes/src/ShortcodeRegistry.php';
require __DIR__ . '/app/Support/CacheKey.php';
require __DIR__ . '/app/Shortcodes/GalleryShortcode.php';
require __DIR__ . '/app/Shortcodes/ButtonShortcode.php';
require __DIR__ . '/app/Http/PostController.php';

use App\Http\PostController;
use App\Shortcodes\ButtonShortcode;
use App\Shortcodes\GalleryShortcode;
use CmsKit\Cache\RenderCache;
use CmsKit\Shortcodes\ShortcodeRegistry;

$config = [
    'cache' => ['render_ttl' => 3600],
    'gallery' => ['layouts' => ['grid', 'masonry', 'slider'], 'cdn' => 'https://cdn.example-cms.test/media'],
];

RenderCache::boot($config['cache']['render_ttl']);

$shortcodes = new ShortcodeRegistry();
$shortcodes->add('gallery', new GalleryShortcode($config['gallery']['layouts'], $config['gallery']['cdn']));
$shortcodes->add('button', new ButtonShortcode());

$controller = new PostController($shortcodes);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $n; $i++) {
    $postId = 18000 + $i;
    $attachments = [$postId * 3, $postId * 3 + 1, $postId * 3 + 2];
    $layout = $config['gallery']['layouts'][$i % 3];
    $request = [
        'route' => ['post' => $postId],
        'post' => [
            'id' => $postId,
            'title' => "Spring collection lookbook #{$postId}",
            'body' => "<p>Photos from shoot {$postId}.</p>"
                . '[gallery ids="' . implode(',', $attachments) . '" layout="' . $layout . '" columns="' . (2 + $i % 3) . '"]'
                . '<p>More soon.</p>[button label="Shop the look" href="/shop/look-' . $postId . '"]',
        ],
    ];

    $response = $controller->show($request);
    unset($response);
}
