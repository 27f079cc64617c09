<?php

require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Container/Container.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Support/Facades/Facade.php';
require __DIR__ . '/app/Crawler/RobotsRules.php';
require __DIR__ . '/app/Crawler/RobotsTxtFetcher.php';
require __DIR__ . '/app/Crawler/RobotsTxtCache.php';
require __DIR__ . '/app/Support/Facades/Robots.php';
require __DIR__ . '/app/Http/Controllers/CrawlPreviewController.php';

use App\Crawler\RobotsTxtCache;
use App\Crawler\RobotsTxtFetcher;
use App\Http\Controllers\CrawlPreviewController;
use Illuminate\Container\Container;

// Boot once, as Octane does before the first request.
$config = ['crawler' => require __DIR__ . '/config/crawler.php'];
$app = Container::getInstance();
$app->singleton(RobotsTxtCache::class, fn () => new RobotsTxtCache(new RobotsTxtFetcher(), $config['crawler']['robots_ttl']));
$app->singleton(CrawlPreviewController::class, fn () => new CrawlPreviewController(
    $config['crawler']['allowed_hosts'],
    $config['crawler']['user_agent'],
));

$hosts = $config['crawler']['allowed_hosts'];
$sections = ['products', 'articles', 'threads', 'guides'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    // One preview request per iteration: the URL comes from the request body.
    $payload = [
        'url' => sprintf(
            'https://%s/%s/%d-%s?utm_source=feed&ref=%s',
            $hosts[$i % count($hosts)],
            $sections[$i % count($sections)],
            100000 + $i * 7,
            substr(md5((string) $i), 0, 12),
            bin2hex(random_bytes(4)),
        ),
        'requested_by' => 5000 + ($i % 40),
    ];

    $controller = $app->make(CrawlPreviewController::class);
    $response = $controller($payload);
    unset($payload, $response, $controller);
}
