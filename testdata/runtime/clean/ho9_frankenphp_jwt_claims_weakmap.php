<?php
// A FrankenPHP worker script memoizes decoded JWT claims per request object in an auth service built once at worker start.

namespace {
    function frankenphp_handle_request(callable $handler): bool
    {
        $handler();
        return true;
    }
}

namespace App\Auth {
    final class HttpRequest
    {
        public function __construct(public readonly string $method, public readonly string $uri, public readonly array $server) {}

        public static function fromGlobals(int $seq): self
        {
            $payload = base64_encode(json_encode(['sub' => 'user-' . $seq, 'scopes' => array_fill(0, 20, 'orders:read'), 'iat' => 1700000000 + $seq]));
            return new self('GET', '/api/orders', ['HTTP_AUTHORIZATION' => 'Bearer hdr.' . $payload . '.sig']);
        }
    }

    final class Claims
    {
        public function __construct(public readonly string $subject, public readonly array $scopes) {}
    }

    final class TokenAuthenticator
    {
        private \WeakMap $claims;

        public function __construct()
        {
            $this->claims = new \WeakMap();
        }

        public function claims(HttpRequest $request): Claims
        {
            return $this->claims[$request] ??= $this->decode($request);
        }

        private function decode(HttpRequest $request): Claims
        {
            [, $payload] = explode('.', substr($request->server['HTTP_AUTHORIZATION'], 7));
            $data = json_decode(base64_decode($payload), true);
            return new Claims($data['sub'], $data['scopes']);
        }
    }
}

namespace {
    use App\Auth\HttpRequest;
    use App\Auth\TokenAuthenticator;

    $auth = new TokenAuthenticator();
    $seq = 0;
    $handler = static function () use ($auth, &$seq): void {
        $request = HttpRequest::fromGlobals($seq++);
        $status = in_array('orders:read', $auth->claims($request)->scopes, true) ? 200 : 403;
        $log = sprintf('%s %s %d %s', $request->method, $request->uri, $status, $auth->claims($request)->subject);
    };
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($served = 0; $served < $n; ++$served) {
        $keepRunning = \frankenphp_handle_request($handler);
        gc_collect_cycles();
        if (!$keepRunning) {
            break;
        }
    }
}
