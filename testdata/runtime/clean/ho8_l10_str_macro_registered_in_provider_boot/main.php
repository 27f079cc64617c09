<?php
// Laravel queue worker: AppServiceProvider::boot() registers the Str::normalizeSku macro and each ImportSupplierFeed job uses it while upserting the feed rows.

use App\Jobs\ImportSupplierFeed;
use App\Providers\AppServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Queue\RedisQueue;
use Illuminate\Queue\Worker;

require __DIR__ . '/vendor/autoload.php';

$app = new Application();
$app->singleton(RedisQueue::class);
$app->register(AppServiceProvider::class);
$app->boot();
$worker = new Worker($app, $app->make(RedisQueue::class));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $rows = array_map(fn (int $k) => ['legacy_sku' => "L{$i}/{$k}", 'sku' => "ab {$i} {$k}", 'name' => "Widget {$k}", 'description' => str_repeat('steel ', 20)], range(1, 3));
    $app->make(RedisQueue::class)->push(new ImportSupplierFeed('acme', sprintf('%06d', $i), $rows));
    $worker->runNextJob();
}
