<?php

use App\Feed\FanoutService;
use App\Feed\FollowerGraph;
use App\Feed\TimelineStore;
use Illuminate\Foundation\Application;

$app = Application::getInstance();
$app->loadConfig('feed', require __DIR__ . '/../config/feed.php');

$app->singleton(FollowerGraph::class, fn () => FollowerGraph::seeded(12, 5));
$app->singleton('feed.timelines', fn (Application $app) => new TimelineStore(
    $app->config('feed.timeline.length'),
));
$app->singleton(FanoutService::class, fn (Application $app) => new FanoutService(
    $app->make(FollowerGraph::class),
    (int) $app->config('feed.timeline.excerpt', 120),
));

return $app;
