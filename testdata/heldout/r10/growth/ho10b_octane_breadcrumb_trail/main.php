<?php

declare(strict_types=1);

require __DIR__ . '/vendor/framework.php';
require __DIR__ . '/src/Breadcrumbs.php';
require __DIR__ . '/src/Http.php';

use App\Http\Kernel;
use App\Providers\AppServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = Container::getInstance();
$events = new Dispatcher();
(new AppServiceProvider())->register($app);

$worker = new Worker($app, new Kernel($app), $events);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('GET', '/boards?project=' . (40 + $i % 25) . '&view=kanban&r=' . $i, ['project' => 40 + $i % 25], [
        'user-agent' => sprintf('Mozilla/5.0 (Macintosh; Intel Mac OS X 13_%d) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15', $i % 6, $i % 4),
        'referer' => sprintf('https://boards.example.com/projects/%d/settings?tab=members&page=%d', 40 + $i % 25, $i),
        'x-request-id' => hash('sha1', 'req' . $i),
    ]));
}
