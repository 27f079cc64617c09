<?php
// Worker entry: runs reports:warm-templates once at boot with the array cache store, then processes report jobs.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/vendor/laravel/cache.php';
require __DIR__ . '/app/Console/Commands/WarmReportTemplates.php';
require __DIR__ . '/app/Jobs/RenderReport.php';

use App\Console\Commands\WarmReportTemplates;
use App\Jobs\RenderReport;
use Illuminate\Cache\ArrayStore;
use Illuminate\Cache\Repository;
use Illuminate\Container\Container;
use Illuminate\Foundation\Console\Kernel;

$app = Container::getInstance();
$app->singleton(Repository::class, fn () => new Repository(new ArrayStore()));
$artisan = new Kernel($app);
$artisan->registerCommand(new WarmReportTemplates());
$artisan->call('reports:warm-templates');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$templates = ['weekly', 'monthly', 'quarterly', 'yearly', 'region', 'product', 'channel', 'refunds'];
for ($job = 1; $job <= $n; $job++) {
    $app->call([new RenderReport(31000 + $job, $templates[$job % 8]), 'handle']);
}
