<?php

declare(strict_types=1);

require __DIR__ . '/vendor/frankenphp_stub.php';
require __DIR__ . '/vendor/framework/http.php';
require __DIR__ . '/src/EventSubscriber/RequestTimingSubscriber.php';
require __DIR__ . '/src/Controller/EpisodeController.php';

use App\Controller\EpisodeController;
use App\EventSubscriber\RequestTimingSubscriber;
use Framework\Http\Container;
use Framework\Http\EventDispatcher;
use Framework\Http\HttpKernel;
use Framework\Http\Request;

// public/index.php in worker mode: boot once, then serve requests in a loop.
$container = new Container([
    'app.request_timing' => static fn () => new RequestTimingSubscriber(),
    'event_dispatcher' => static function (Container $c) {
        $dispatcher = new EventDispatcher();
        $dispatcher->addSubscriber($c->get('app.request_timing'));
        return $dispatcher;
    },
    'app.controller.episodes' => static fn () => new EpisodeController(),
    'http_kernel' => static fn (Container $c) => new HttpKernel($c->get('event_dispatcher'), [
        '#^/api/podcasts/(?P<podcast>\d+)/episodes$#' => ['podcast_episodes', [$c->get('app.controller.episodes'), 'list']],
    ]),
]);
$kernel = $container->get('http_kernel');

$handler = static function () use ($kernel): void {
    $request = Request::createFromGlobals();
    $response = $kernel->handle($request);
    $response->send();
    $kernel->terminate($request, $response);
};

$maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
    if (!frankenphp_handle_request($handler)) {
        break;
    }
}
