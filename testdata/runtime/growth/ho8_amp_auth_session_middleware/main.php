<?php
// AMPHP login service: a session middleware opens a session per visitor and the login form handler reads it from the request attribute.

declare(strict_types=1);

use Amp\Http\Server\{DefaultErrorHandler, Request, Response, SocketHttpServer};
use Amp\Http\Server\RequestHandler\ClosureRequestHandler;
use App\Session\{RedisSessionStorage, SessionMiddleware};
use Psr\Log\NullLogger;
use function Amp\Http\Server\Middleware\stackMiddleware;

require __DIR__ . '/vendor/amphp/http-server.php';
require __DIR__ . '/src/Session/SessionMiddleware.php';

$loginForm = new ClosureRequestHandler(static function (Request $request): Response {
    $session = $request->getAttribute('session');
    $session->attributes['login_attempts'] = ($session->attributes['login_attempts'] ?? 0) + 1;

    return new Response(200, ['content-type' => 'text/html'], "<form method=post><input type=hidden name=_csrf value=\"{$session->csrfToken}\"></form>");
});

$server = SocketHttpServer::createForDirectAccess(new NullLogger());
$server->expose('0.0.0.0:8000');
$server->start(stackMiddleware($loginForm, new SessionMiddleware(new RedisSessionStorage())), new DefaultErrorHandler());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->receive(new Request('GET', "/login?return_to=%2Faccount%2Forders%2F{$i}&" . str_repeat("hint=sso{$i}&", 24)));
}
