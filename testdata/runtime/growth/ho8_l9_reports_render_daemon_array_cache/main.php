<?php
// artisan entry: runs reports:render --daemon with the array cache store bound as the cache repository.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/vendor/laravel/cache.php';
require __DIR__ . '/app/Console/Commands/RenderReports.php';

use App\Console\Commands\RenderReports;
use Illuminate\Cache\ArrayStore;
use Illuminate\Cache\Repository;
use Illuminate\Container\Container;
use Illuminate\Foundation\Console\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = Container::getInstance();
$app->singleton(Repository::class, fn () => new Repository(new ArrayStore()));
$artisan = new Kernel($app);
$artisan->registerCommand(new RenderReports());
$artisan->call('reports:render', ['--daemon' => true, '--max-jobs' => $n]);
