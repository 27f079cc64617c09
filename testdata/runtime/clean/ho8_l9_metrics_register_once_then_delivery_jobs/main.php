<?php
// Worker entry: runs the metrics:register Artisan command once at boot, then processes queued webhook delivery jobs.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Metrics/MetricsRegistry.php';
require __DIR__ . '/app/Console/Commands/RegisterMetrics.php';
require __DIR__ . '/app/Jobs/DeliverWebhook.php';

use App\Console\Commands\RegisterMetrics;
use App\Jobs\DeliverWebhook;
use App\Metrics\MetricsRegistry;
use Illuminate\Container\Container;
use Illuminate\Foundation\Console\Kernel;

$app = Container::getInstance();
$app->singleton(MetricsRegistry::class);
$artisan = new Kernel($app);
$artisan->registerCommand(new RegisterMetrics());
$artisan->call('metrics:register');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($job = 1; $job <= $n; $job++) {
    $endpoint = 'https://hooks.partner-' . ($job % 8) . '.example.com/v2/events/incoming';
    $app->call([new DeliverWebhook(sprintf('dlv_%010d', $job), $endpoint, 4200 + $job), 'handle']);
}
