<?php
// An audit middleware adds a LoginSucceeded listener for the current request to the worker's Tukio listener provider before the login action dispatches the event.

require __DIR__ . '/stubs/psr-event-dispatcher.php';
require __DIR__ . '/stubs/tukio.php';
require __DIR__ . '/src/AuditMiddleware.php';

use App\Security\AuditLog;
use App\Security\AuditMiddleware;
use App\Security\LoginSucceeded;
use App\Security\Request;
use Crell\Tukio\Dispatcher;
use Crell\Tukio\OrderedListenerProvider;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$provider = new OrderedListenerProvider();
$middleware = new AuditMiddleware($provider, new Dispatcher($provider), new AuditLog());

$login = static function (Request $request, Dispatcher $dispatcher): int {
    $dispatcher->dispatch(new LoginSucceeded(crc32($request->id) % 5000));
    return 302;
};

for ($i = 0; $i < $n; $i++) {
    $request = new Request(bin2hex(random_bytes(8)), '10.0.' . ($i % 250) . '.7', [
        'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 build/' . $i,
        'cookie' => 'session=' . bin2hex(random_bytes(24)) . '; prefs=' . str_repeat('x', 160),
        'accept' => 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    ]);
    $middleware->process($request, $login);
}
