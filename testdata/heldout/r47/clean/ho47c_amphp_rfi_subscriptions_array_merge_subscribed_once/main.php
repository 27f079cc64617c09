<?php

declare(strict_types=1);

require __DIR__ . '/vendor/amphp/http-server/Server.php';
require __DIR__ . '/src/Rfi/Rfi.php';
require __DIR__ . '/src/Rfi/RfiNotifier.php';
require __DIR__ . '/src/Events/RfiEventBus.php';
require __DIR__ . '/src/Http/SubmitRfiHandler.php';
require __DIR__ . '/src/Http/AuthenticateSiteUser.php';

use Amp\Http\Server\MiddlewareStack;
use Amp\Http\Server\Request;
use Amp\Http\Server\SocketHttpServer;
use App\Events\RfiEventBus;
use App\Http\AuthenticateSiteUser;
use App\Http\SubmitRfiHandler;
use App\Rfi\RfiNotifier;

$config = require __DIR__ . '/config/rfi.php';
$bus = new RfiEventBus();
$server = new SocketHttpServer();
$server->start(new MiddlewareStack(new AuthenticateSiteUser(), new SubmitRfiHandler($bus, new RfiNotifier(), $config)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->serve(new Request('POST', '/rfis', ['authorization' => 'Bearer eng' . ($i % 9)], json_encode([
        'number' => sprintf('RFI-%05d', $i),
        'discipline' => $config['disciplines'][$i % 6],
        'question' => sprintf('Drawing S-%03d rev %s shows beam B%d at RL %.3f but architectural section A-%03d shows ceiling at RL %.3f leaving no services zone; please confirm whether the beam can be upturned or the ceiling dropped %d mm in corridor %d, and advise on the impact to the fire-rated bulkhead detail.', 200 + $i % 50, chr(65 + $i % 5), $i % 40, 10.450 + ($i % 7) / 10, 300 + $i % 25, 10.100 + ($i % 5) / 10, 50 + $i % 100, $i % 12),
        'drawing' => sprintf('S-%03d', 200 + $i % 50),
        'ts' => 1700000000 + $i * 3600,
    ])));
}
