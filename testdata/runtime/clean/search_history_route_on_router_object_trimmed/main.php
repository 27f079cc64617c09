<?php
// A search endpoint registered on Laravel's router object rather than
// through the Route facade. The container hands every controller the
// one SearchHistory instance, which appends each query to its recent
// list and drops the oldest past twenty: the list stays at twenty.

require __DIR__ . '/vendor/Illuminate/Routing.php';
require __DIR__ . '/app/Search.php';

use App\Search\SearchController;
use App\Search\SearchHistory;
use Illuminate\Container\Container;
use Illuminate\Routing\Router;

$app = new Container();
$app->instance(SearchHistory::class, new SearchHistory());
$router = new Router($app);
$router->get('search', [SearchController::class, 'show']);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $page = $router->dispatch('GET', 'search', ['q' => sprintf('invoice %d overdue %s', 4000 + $i, str_repeat('x', 90)), 't' => 1700000000 + $i]);
}
