<?php

/*
 * Workerman websocket gateway. Every incoming frame carries a JWT signed by
 * the internal token service with one of its rotating HS256 keys; the key set
 * is published as a JWKS document that the gateway refreshes every minute
 * and parses for each verification.
 */

namespace Workerman {
    final class TcpConnection
    {
        public array $sent = [];

        public function __construct(public readonly int $id)
        {
        }

        public function send(string $data): void
        {
            $this->sent = [$data];
        }
    }

    final class Worker
    {
        /** @var callable|null */
        public $onMessage = null;

        public function __construct(public string $socketName)
        {
        }

        public function feed(TcpConnection $connection, string $frame): void
        {
            ($this->onMessage)($connection, $frame);
        }
    }
}

namespace App\Jose {
    final class Base64Url
    {
        public static function encode(string $bin): string
        {
            return rtrim(strtr(base64_encode($bin), '+/', '-_'), '=');
        }

        public static function decode(string $txt): string
        {
            return base64_decode(strtr($txt, '-_', '+/'));
        }
    }

    final class Jwk
    {
        private ?JwkSet $keySet = null;

        private function __construct(
            public readonly string $kid,
            public readonly string $alg,
            public readonly string $use,
            private readonly string $secret,
            public readonly string $thumbprint,
        ) {
        }

        public static function fromArray(array $jwk): self
        {
            if (($jwk['kty'] ?? null) !== 'oct') {
                throw new \InvalidArgumentException('unsupported kty');
            }
            $thumbprint = Base64Url::encode(hash('sha256', json_encode(['k' => $jwk['k'], 'kty' => 'oct']), true));

            return new self($jwk['kid'], $jwk['alg'] ?? 'HS256', $jwk['use'] ?? 'sig', Base64Url::decode($jwk['k']), $thumbprint);
        }

        public function attachTo(JwkSet $set): void
        {
            $this->keySet = $set; // leak
        }

        public function isCurrent(): bool
        {
            return $this->keySet?->currentKid() === $this->kid;
        }

        public function verify(string $signingInput, string $signature): bool
        {
            return hash_equals(hash_hmac('sha256', $signingInput, $this->secret, true), $signature);
        }
    }

    final class JwkSet
    {
        /** @var array<string, Jwk> */
        private array $keys = [];
        private ?string $current = null;

        public static function parse(string $json): self
        {
            $set = new self();
            foreach (json_decode($json, true, 16, JSON_THROW_ON_ERROR)['keys'] as $jwk) {
                $set->add(Jwk::fromArray($jwk));
            }

            return $set;
        }

        public function add(Jwk $key): void
        {
            $this->keys[$key->kid] = $key; // leak
            $key->attachTo($this); // leak
            $this->current ??= $key->kid;
        }

        public function currentKid(): ?string
        {
            return $this->current;
        }

        public function get(string $kid): ?Jwk
        {
            return $this->keys[$kid] ?? null;
        }
    }

    /** Holds the last fetched JWKS document (one string, replaced on refresh). */
    final class JwksEndpointCache
    {
        private string $document = '';
        private int $fetchedAt = -1;

        public function __construct(private \Closure $fetch, private int $refreshEvery)
        {
        }

        public function document(int $now): string
        {
            if ($this->fetchedAt < 0 || $now - $this->fetchedAt >= $this->refreshEvery) {
                $this->document = ($this->fetch)($now);
                $this->fetchedAt = $now;
            }

            return $this->document;
        }
    }

    final class JwtVerifier
    {
        public function __construct(private JwksEndpointCache $jwks)
        {
        }

        public function verify(string $jwt, int $now): ?array
        {
            [$h, $p, $s] = explode('.', $jwt) + ['', '', ''];
            $header = json_decode(Base64Url::decode($h), true);
            $keySet = JwkSet::parse($this->jwks->document($now));
            $key = $keySet->get($header['kid'] ?? '');
            if ($key === null || !$key->verify("$h.$p", Base64Url::decode($s))) {
                return null;
            }
            $claims = json_decode(Base64Url::decode($p), true);
            $claims['_stale_key'] = !$key->isCurrent();

            return ($claims['exp'] ?? 0) > $now ? $claims : null;
        }
    }
}

namespace {
    use App\Jose\Base64Url;
    use App\Jose\JwksEndpointCache;
    use App\Jose\JwtVerifier;
    use Workerman\TcpConnection;
    use Workerman\Worker;

    $secretFor = static fn (int $epoch): string => hash('sha256', 'token-service-master|' . $epoch, true);
    $kidFor = static fn (int $epoch): string => 'ts-' . gmdate('Ymd\THi', $epoch * 60);

    // Token service publishes the current key and the two previous ones.
    $jwks = new JwksEndpointCache(static function (int $now) use ($secretFor, $kidFor): string {
        $epoch = intdiv($now, 60);
        $keys = [];
        foreach ([$epoch, $epoch - 1, $epoch - 2] as $e) {
            $keys[] = ['kty' => 'oct', 'kid' => $kidFor($e), 'alg' => 'HS256', 'use' => 'sig', 'k' => Base64Url::encode($secretFor($e))];
        }

        return json_encode(['keys' => $keys]);
    }, 60);
    $verifier = new JwtVerifier($jwks);

    $gateway = new Worker('websocket://0.0.0.0:8282');
    $gateway->onMessage = static function (TcpConnection $connection, string $frame) use ($verifier): void {
        $message = json_decode($frame, true);
        $claims = $verifier->verify($message['token'] ?? '', $message['ts']);
        $connection->send(json_encode($claims === null
            ? ['type' => 'error', 'code' => 'invalid_token']
            : ['type' => 'ack', 'channel' => $message['channel'], 'sub' => $claims['sub']]));
    };

    $connections = [];
    for ($c = 0; $c < 8; $c++) {
        $connections[] = new TcpConnection($c);
    }

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $now = 1_700_000_000 + $i;
        $epoch = intdiv($now, 60) - ($i % 3 === 0 ? 1 : 0);
        $h = Base64Url::encode(json_encode(['alg' => 'HS256', 'typ' => 'JWT', 'kid' => $kidFor($epoch)]));
        $p = Base64Url::encode(json_encode(['sub' => 'device-' . ($i * 31 % 977), 'exp' => $now + 300, 'jti' => bin2hex(random_bytes(8))]));
        $s = Base64Url::encode(hash_hmac('sha256', "$h.$p", $secretFor($epoch), true));

        $frame = json_encode(['token' => "$h.$p.$s", 'ts' => $now, 'channel' => 'telemetry.' . ($i % 4)]);
        $gateway->feed($connections[$i % 8], $frame);
    }
}
