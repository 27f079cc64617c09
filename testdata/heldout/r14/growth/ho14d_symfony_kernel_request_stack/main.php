<?php
// Symfony HttpKernel: models the fix that pushes/pops the RequestStack in handle() with try/finally (before the fix: pop skipped when a kernel.exception listener throws).

require __DIR__ . '/vendor/symfony/http-foundation/Request.php';
require __DIR__ . '/vendor/symfony/http-kernel/HttpKernel.php';
require __DIR__ . '/vendor/spiral/roadrunner-http/PSR7Worker.php';
require __DIR__ . '/src/Controller/InvoiceController.php';
require __DIR__ . '/src/EventListener/ProblemJsonListener.php';

use App\EventListener\ProblemJsonListener;
use Spiral\RoadRunner\Http\PSR7Worker;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\RequestStack;
use Symfony\Component\HttpKernel\EventDispatcher;
use Symfony\Component\HttpKernel\HttpKernel;
use Symfony\Component\HttpKernel\NotFoundHttpException;

$config = require __DIR__ . '/config/services.php';

$dispatcher = new EventDispatcher();
$dispatcher->addListener('kernel.exception', new ProblemJsonListener($config['problem_formats']));

$routes = $config['routes'];
$resolver = static function (Request $request) use ($routes): callable {
    foreach ($routes as $pattern => [$class, $method]) {
        if (preg_match($pattern, $request->getPathInfo(), $m)) {
            $request->attributes['id'] = $m['id'];
            $request->attributes['_controller'] = $class . '::' . $method;

            return [new $class(), $method];
        }
    }

    throw new NotFoundHttpException('No route found for "' . $request->getPathInfo() . '"');
};

$requestStack = new RequestStack();
$kernel = new HttpKernel($dispatcher, $resolver, $requestStack);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new PSR7Worker($n, [
    ['method' => 'GET', 'uri' => '/invoices/%d', 'accept' => 'application/json'],
    ['method' => 'GET', 'uri' => '/invoices/%d', 'accept' => 'text/csv'],
]);

while ($psr = $worker->waitRequest()) {
    $request = new Request([], [], [], [
        'REQUEST_METHOD' => $psr['method'],
        'REQUEST_URI' => $psr['uri'],
        'SERVER_PROTOCOL' => 'HTTP/1.1',
        'REMOTE_ADDR' => '10.0.3.17',
    ], $psr['headers'], $psr['body']);

    try {
        $response = $kernel->handle($request); // leak
        $worker->respond($response->statusCode, $response->content, $response->headers);
        $kernel->terminate($request, $response);
    } catch (\Throwable $e) {
        $worker->respond(500, 'Internal Server Error', ['content-type' => 'text/plain']);
    }

    unset($request, $response, $e);
}
