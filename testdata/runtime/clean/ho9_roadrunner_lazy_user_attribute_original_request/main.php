<?php
// A RoadRunner PSR-7 worker passes each request through a middleware that attaches a lazy user resolver as a request attribute.
require __DIR__ . '/src/Stub/Psr.php';
require __DIR__ . '/src/Security/UserProvider.php';
require __DIR__ . '/src/Middleware/LazyUserMiddleware.php';
require __DIR__ . '/src/Controller/ProfileController.php';

use App\Controller\ProfileController;
use App\Middleware\LazyUserMiddleware;
use App\Security\UserProvider;
use Spiral\RoadRunner\Http\PSR7Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$middleware = new LazyUserMiddleware(new UserProvider());
$controller = new ProfileController();
$worker = new PSR7Worker($n);

while ($request = $worker->waitRequest()) {
    $worker->respond($middleware->process($request, $controller));
}
