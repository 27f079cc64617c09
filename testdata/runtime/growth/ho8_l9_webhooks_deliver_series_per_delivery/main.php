<?php
// artisan entry: runs webhooks:deliver, the long-running webhook delivery worker, until --max-jobs deliveries.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Metrics/MetricsRegistry.php';
require __DIR__ . '/app/Console/Commands/DeliverWebhooks.php';

use App\Console\Commands\DeliverWebhooks;
use App\Metrics\MetricsRegistry;
use Illuminate\Container\Container;
use Illuminate\Foundation\Console\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = Container::getInstance();
$app->singleton(MetricsRegistry::class);
$artisan = new Kernel($app);
$artisan->registerCommand(new DeliverWebhooks());
$artisan->call('webhooks:deliver', ['--max-jobs' => $n]);
