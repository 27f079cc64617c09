<?php
// A RoadRunner-style worker runs authentication and locale middleware that attach request-scoped context to each PSR-7 request through a shared context store.

declare(strict_types=1);

require __DIR__ . '/src/Psr7/ServerRequest.php';
require __DIR__ . '/src/RoadRunner/PSR7Worker.php';
require __DIR__ . '/src/Context/RequestContext.php';
require __DIR__ . '/src/Context/RequestContextStore.php';
require __DIR__ . '/src/Middleware/Middleware.php';
require __DIR__ . '/src/Controller/DashboardController.php';

use App\Context\RequestContextStore;
use App\Controller\DashboardController;
use App\Middleware\AuthenticationMiddleware;
use App\Middleware\LocaleMiddleware;
use Nyholm\Psr7\Response;
use Spiral\RoadRunner\Http\PSR7Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$store = new RequestContextStore();
$pipeline = [new AuthenticationMiddleware($store), new LocaleMiddleware($store)];
$controller = new DashboardController($store);
$worker = new PSR7Worker($n);

while ($req = $worker->waitRequest()) {
    try {
        foreach ($pipeline as $middleware) {
            $middleware->process($req);
        }
        $worker->respond($controller($req));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, [], $e->getMessage()));
    }
}
