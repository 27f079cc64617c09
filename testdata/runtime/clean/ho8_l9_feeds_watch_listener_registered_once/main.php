<?php
// artisan entry: runs feeds:watch, which polls partner RSS feeds and indexes new items until --max-items.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/vendor/laravel/events.php';
require __DIR__ . '/app/Feeds/FeedReader.php';
require __DIR__ . '/app/Console/Commands/WatchFeeds.php';

use App\Console\Commands\WatchFeeds;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Foundation\Console\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = Container::getInstance();
$app->singleton(Dispatcher::class);
$artisan = new Kernel($app);
$artisan->registerCommand(new WatchFeeds());
$artisan->call('feeds:watch', ['--max-items' => $n]);
