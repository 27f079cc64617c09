<?php

namespace App\Http;

use App\Security\AuthAuditTrail;
use Swoole\Http\Request;
use Swoole\Http\Response;

final class LoginHandler
{
    public function __construct(private AuthAuditTrail $audit) {}

    public function __invoke(Request $request, Response $response): void
    {
        $ip = $request->server['remote_addr'];
        if ($this->audit->failuresFrom($ip) > 50) {
            $response->status(429);
            $response->end();
            return;
        }
        $ok = hash_equals('secret', (string) ($request->post['password'] ?? ''));
        $this->audit->recordLogin($request->post['email'], $ip, $request->header['user-agent'] ?? '', $ok);
        $response->status($ok ? 200 : 401);
        $response->end($ok ? '{"token":"' . bin2hex(random_bytes(16)) . '"}' : '');
    }
}
