<?php
// Laravel queue worker: each ImportSupplierFeed job registers a Str macro named after its supplier and batch to normalize SKUs, then upserts the feed rows.

use App\Catalog\ProductRepository;
use App\Jobs\ImportSupplierFeed;
use Illuminate\Container\Container;
use Illuminate\Queue\RedisQueue;
use Illuminate\Queue\Worker;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton(RedisQueue::class);
$app->singleton(ProductRepository::class);
$worker = new Worker($app, $app->make(RedisQueue::class));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $rows = array_map(fn (int $k) => ['legacy_sku' => "L{$i}/{$k}", 'sku' => "ab {$i} {$k}", 'name' => "Widget {$k}", 'description' => str_repeat('steel ', 20)], range(1, 3));
    $app->make(RedisQueue::class)->push(new ImportSupplierFeed('acme', sprintf('%06d', $i), $rows));
    $worker->runNextJob();
}
