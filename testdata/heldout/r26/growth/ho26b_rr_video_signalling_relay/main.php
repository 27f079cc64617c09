<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Support/Container.php';
require __DIR__ . '/src/Signalling/CallContext.php';
require __DIR__ . '/src/Signalling/SignalMessage.php';
require __DIR__ . '/src/Signalling/PeerUnavailable.php';
require __DIR__ . '/src/Signalling/PresenceDirectory.php';
require __DIR__ . '/src/Signalling/SignallingHub.php';
require __DIR__ . '/src/Signalling/Signalling.php';
require __DIR__ . '/src/Http/SignalController.php';
require __DIR__ . '/src/Dev/RecordedSignalTraffic.php';

use App\Dev\RecordedSignalTraffic;
use App\Http\SignalController;
use App\Signalling\PeerUnavailable;
use App\Signalling\PresenceDirectory;
use App\Signalling\SignallingHub;
use App\Support\Container;
use Nyholm\Psr7\Response;
use Spiral\RoadRunner\Http\PSR7Worker;

// Boot: services registered once per worker.
$container = Container::getInstance();
$container->singleton(PresenceDirectory::class, static fn () => new PresenceDirectory([
    'peer-ava' => 'sfu-eu-1', 'peer-cleo' => 'sfu-eu-2',
]));
$container->singleton(SignallingHub::class, static fn (Container $c) => new SignallingHub($c->get(PresenceDirectory::class)));

$peers = ['peer-ava', 'peer-ben', 'peer-cleo', 'peer-dev', 'peer-eli'];
$worker = new PSR7Worker(new RecordedSignalTraffic((int) (getenv('PHPLEAK_N') ?: 100), $peers));
$controller = new SignalController();

while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($controller($request));
    } catch (PeerUnavailable $e) {
        $worker->respond(new Response(404, ['Content-Type' => 'application/json'], json_encode(['error' => $e->getMessage()])));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, [], 'internal error'));
    }
}
