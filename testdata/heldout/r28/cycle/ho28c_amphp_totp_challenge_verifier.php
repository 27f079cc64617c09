<?php

/*
 * AMPHP HTTP server handling the second step of a password + TOTP login.
 * Step one (password ok) opens a challenge; step two submits the 6-digit
 * code. Challenges live in a store until they are passed or burnt.
 */

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $headers,
            public readonly array $form,
            public readonly int $time,
        ) {
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly array $headers = [], public readonly string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /** Stand-in for SocketHttpServer + the event loop: requests are queued, then run. */
    final class SocketHttpServer
    {
        /** @var \SplQueue<Request> */
        private \SplQueue $pending;
        private ?RequestHandler $handler = null;

        public function __construct()
        {
            $this->pending = new \SplQueue();
        }

        public function start(RequestHandler $handler): void
        {
            $this->handler = $handler;
        }

        public function receive(Request $request): void
        {
            $this->pending->enqueue($request);
        }

        public function tick(): void
        {
            while (!$this->pending->isEmpty()) {
                $this->handler->handleRequest($this->pending->dequeue());
            }
        }
    }
}

namespace App\TwoFactor {
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    final class Totp
    {
        public static function code(string $secret, int $time, int $step = 30, int $digits = 6): string
        {
            $counter = pack('J', intdiv($time, $step));
            $hash = hash_hmac('sha1', $counter, $secret, true);
            $offset = ord($hash[19]) & 0x0f;
            $value = unpack('N', substr($hash, $offset, 4))[1] & 0x7fffffff;

            return str_pad((string) ($value % 10 ** $digits), $digits, '0', STR_PAD_LEFT);
        }
    }

    final class TwoFactorChallenge
    {
        private int $remainingAttempts;
        private \Closure $checkCode;

        public function __construct(
            public readonly string $id,
            public readonly int $userId,
            public readonly string $clientIp,
            public readonly string $userAgent,
            string $totpSecret,
            int $issuedAt,
            int $maxAttempts,
        ) {
            $this->remainingAttempts = $maxAttempts;
            $this->checkCode = $this->codeChecker($totpSecret, $issuedAt, 300); // leak
        }

        public function attempt(string $code, int $now): bool
        {
            return ($this->checkCode)($code, $now);
        }

        public function isBurnt(): bool
        {
            return $this->remainingAttempts <= 0;
        }

        private function codeChecker(string $secret, int $issuedAt, int $lifetime): \Closure
        {
            $remaining = &$this->remainingAttempts;

            return function (string $code, int $now) use ($secret, $issuedAt, $lifetime, &$remaining): bool { // leak
                if ($remaining <= 0 || $now - $issuedAt > $lifetime) {
                    return false;
                }
                --$remaining;
                foreach ([0, -30, 30] as $drift) {
                    if (hash_equals(Totp::code($secret, $now + $drift), $code)) {
                        return true;
                    }
                }

                return false;
            };
        }
    }

    final class ChallengeStore
    {
        /** @var array<string, TwoFactorChallenge> */
        private array $open = [];

        public function put(TwoFactorChallenge $challenge): void
        {
            $this->open[$challenge->id] = $challenge;
        }

        public function get(string $id): ?TwoFactorChallenge
        {
            return $this->open[$id] ?? null;
        }

        public function forget(string $id): void
        {
            unset($this->open[$id]);
        }
    }

    final class TwoFactorHandler implements RequestHandler
    {
        /** @param array<int, string> $secrets user id => TOTP secret, loaded at boot */
        public function __construct(private ChallengeStore $challenges, private array $secrets)
        {
        }

        public function handleRequest(Request $request): Response
        {
            return match ($request->path) {
                '/login/password' => $this->open($request),
                '/login/totp' => $this->verify($request),
                default => new Response(404),
            };
        }

        private function open(Request $request): Response
        {
            $userId = (int) $request->form['user_id'];
            $challenge = new TwoFactorChallenge(
                $request->form['challenge_id'],
                $userId,
                $request->headers['x-forwarded-for'],
                $request->headers['user-agent'],
                $this->secrets[$userId],
                $request->time,
                3,
            );
            $this->challenges->put($challenge);

            return new Response(200, ['content-type' => 'application/json'], json_encode(['challenge' => $challenge->id]));
        }

        private function verify(Request $request): Response
        {
            $challenge = $this->challenges->get($request->form['challenge_id']);
            if ($challenge === null) {
                return new Response(410);
            }
            if ($challenge->attempt($request->form['code'], $request->time)) {
                $this->challenges->forget($challenge->id);

                return new Response(204, ['set-cookie' => 'sid=' . bin2hex(random_bytes(16)) . '; HttpOnly; Secure']);
            }
            if ($challenge->isBurnt()) {
                $this->challenges->forget($challenge->id);
            }

            return new Response(422);
        }
    }
}

namespace {
    use Amp\Http\Server\Request;
    use Amp\Http\Server\SocketHttpServer;
    use App\TwoFactor\ChallengeStore;
    use App\TwoFactor\Totp;
    use App\TwoFactor\TwoFactorHandler;

    $secrets = [];
    for ($u = 1; $u <= 40; $u++) {
        $secrets[$u] = hash('sha1', "totp-seed-{$u}", true);
    }

    $server = new SocketHttpServer();
    $server->start(new TwoFactorHandler(new ChallengeStore(), $secrets));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $now = 1_700_000_000 + $i * 3;
        $userId = $i % 40 + 1;
        $challengeId = bin2hex(random_bytes(12));
        $headers = [
            'x-forwarded-for' => '198.51.100.' . ($i % 254 + 1),
            'user-agent' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_' . ($i % 4) . ' like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
        ];
        $server->receive(new Request('POST', '/login/password', $headers, ['user_id' => (string) $userId, 'challenge_id' => $challengeId], $now));

        // every fifth user fumbles the code until the challenge is burnt
        $tries = $i % 5 === 0 ? ['000000', '123456', '999999'] : [Totp::code($secrets[$userId], $now + 4)];
        foreach ($tries as $k => $code) {
            $server->receive(new Request('POST', '/login/totp', $headers, ['challenge_id' => $challengeId, 'code' => $code], $now + 4 + $k));
        }
        $server->tick();
    }
}
