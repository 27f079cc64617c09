<?php
// A Yii event dispatcher wired at boot sends SearchPerformed to a query statistics listener whose state resetter hook runs after every search request.

require __DIR__ . '/stubs/psr-event-dispatcher.php';
require __DIR__ . '/stubs/yii-event-dispatcher.php';
require __DIR__ . '/src/Search.php';

use App\Search\QueryStatsListener;
use App\Search\SearchController;
use App\Search\SearchPerformed;
use Yiisoft\Di\StateResetter;
use Yiisoft\EventDispatcher\Dispatcher\Dispatcher;
use Yiisoft\EventDispatcher\Provider\ListenerCollection;
use Yiisoft\EventDispatcher\Provider\Provider;

$stats = new QueryStatsListener();
$resetter = new StateResetter([$stats->flush(...)]);
$listeners = (new ListenerCollection())->add($stats, SearchPerformed::class);
$controller = new SearchController(new Dispatcher(new Provider($listeners)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $filters = ['brand' => ['acme', 'globex'], 'price' => ['min' => 20 + $i % 40, 'max' => 400], 'facets' => str_repeat('color:black|size:m|', 12)];
    $controller->search('wireless noise cancelling headphones ' . $i, $filters + ['session' => bin2hex(random_bytes(16))]);
    $resetter->reset();
}
