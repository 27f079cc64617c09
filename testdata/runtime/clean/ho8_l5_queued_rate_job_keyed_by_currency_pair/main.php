<?php
// Laravel queue worker: SyncExchangeRate jobs (ShouldQueue) update the RateBook singleton with the latest mid rate of one of five EUR currency pairs.

use App\Jobs\SyncExchangeRate;
use App\Rates\RateBook;
use Illuminate\Container\Container;
use Illuminate\Queue\RedisQueue;
use Illuminate\Queue\Worker;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton(RedisQueue::class);
$app->singleton(RateBook::class);
$worker = new Worker($app, $app->make(RedisQueue::class));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $pair = ['EURUSD', 'EURGBP', 'EURCHF', 'EURJPY', 'EURPLN'][$i % 5];
    $payload = json_encode(['provider' => "ecb-feed-{$i}", 'raw' => str_repeat('0.0001;', 60)]);
    $app->make(RedisQueue::class)->push(new SyncExchangeRate($pair, 1.08 + $i / 1e5, 1.09 + $i / 1e5, $payload));
    $worker->runNextJob();
}
