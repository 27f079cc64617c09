<?php

declare(strict_types=1);

require __DIR__ . '/vendor/amphp/http-server.php';
require __DIR__ . '/src/Boarding/KennelRoster.php';
require __DIR__ . '/src/Context/StayContext.php';
require __DIR__ . '/src/Context/RequestContext.php';
require __DIR__ . '/src/Http/KennelContextMiddleware.php';
require __DIR__ . '/src/Http/FeedingLogHandler.php';

use Amp\Http\Server\Request;
use Amp\Http\Server\SocketHttpServer;
use App\Boarding\KennelRoster;
use App\Http\FeedingLogHandler;
use App\Http\KennelContextMiddleware;

use function Amp\Http\Server\Middleware\stackMiddleware;

$handler = stackMiddleware(new FeedingLogHandler(), new KennelContextMiddleware(new KennelRoster()));

$units = ['A1', 'A2', 'B1', 'B2', 'C1'];
$server = new SocketHttpServer(static fn (int $i): Request => new Request(
    'POST',
    sprintf('/stays/BK-%05d/%s/feedings', 3000 + $i, $units[$i % 5]),
    ['x-staff' => ['kim', 'ravi', 'ola'][$i % 3], 'content-type' => 'application/json', 'user-agent' => 'KennelTablet/3.2 (Android 13; ward tablet)'],
    json_encode([
        'grams' => 80 + $i % 200,
        'food' => ['Hill\'s i/d low fat', 'Royal Canin Renal', 'owner-supplied raw (frozen)'][$i % 3],
        'eaten_pct' => ($i * 13) % 101,
        'notes' => str_repeat('Ate slowly, drank water afterwards, no vomiting observed. ', 4),
    ]),
));

$server->start($handler, (int) (getenv('PHPLEAK_N') ?: 100));
