<?php

declare(strict_types=1);

/*
 * Device pairing endpoint (FrankenPHP worker mode).
 *
 * The companion app forwards the BLE pairing handshake of one or more
 * sensors (a hub may pair a chest strap, a footpod and a cadence sensor in
 * one go). Handshakes are queued and processed in arrival order.
 */

namespace App\Pairing {

    final class PairingRequest
    {
        public ?int $settledAt = null;
        public ?string $outcome = null;

        public function __construct(
            public readonly string $serial,
            public readonly string $model,
            public readonly string $firmware,
            public readonly string $userId,
            public readonly string $nonce,
            public readonly string $devicePublicKey,
            public readonly string $attestation,
            public readonly int $receivedAt,
        ) {
        }

        public function isSettled(): bool
        {
            return $this->settledAt !== null;
        }

        public function settle(string $outcome, int $at): void
        {
            $this->outcome = $outcome;
            $this->settledAt = $at;
        }
    }

    final class HandshakeQueue
    {
        public const HANDSHAKE_TTL = 30;

        private \SplQueue $pending;

        public function __construct()
        {
            $this->pending = new \SplQueue();
            $this->pending->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO | \SplDoublyLinkedList::IT_MODE_KEEP);
        }

        public function enqueue(PairingRequest $request): void
        {
            $this->pending->enqueue($request); // leak
        }

        /**
         * Handshakes in arrival order. The sensor abandons a handshake after
         * HANDSHAKE_TTL seconds, so older ones are settled as expired.
         *
         * @return \Generator<int, PairingRequest>
         */
        public function drain(int $now): \Generator
        {
            foreach ($this->pending as $request) {
                if ($request->isSettled()) {
                    continue;
                }
                if ($now - $request->receivedAt > self::HANDSHAKE_TTL) {
                    $request->settle('expired', $now);
                    continue;
                }
                yield $request;
            }
        }
    }

    final class AttestationVerifier
    {
        /** @param array<string, string> $vendorRoots model family => root secret */
        public function __construct(private readonly array $vendorRoots)
        {
        }

        public function verify(PairingRequest $request): bool
        {
            $root = null;
            foreach ($this->vendorRoots as $family => $secret) {
                if (str_starts_with($request->model, $family)) {
                    $root = $secret;
                    break;
                }
            }
            if ($root === null) {
                return false;
            }
            $expected = hash_hmac('sha256', $request->serial . '|' . $request->devicePublicKey, $root);

            return str_starts_with(base64_decode($request->attestation), $expected);
        }
    }

    final class SessionKeyDeriver
    {
        public function __construct(private readonly string $serverSecret)
        {
        }

        public function derive(PairingRequest $request): string
        {
            return hash_hkdf('sha256', $this->serverSecret . $request->devicePublicKey, 32, 'ble-pairing', $request->nonce);
        }
    }

    final class DeviceBindingRepository
    {
        private int $writes = 0;

        public function bind(string $userId, string $serial, string $keyId): void
        {
            // INSERT INTO device_bindings ... ON CONFLICT (serial) DO UPDATE
            $this->writes++;
        }
    }

    final class HandshakeProcessor
    {
        public function __construct(
            private readonly AttestationVerifier $verifier,
            private readonly SessionKeyDeriver $keys,
            private readonly DeviceBindingRepository $bindings,
        ) {
        }

        /** @return array{serial: string, status: string, key_id?: string} */
        public function process(PairingRequest $request, int $now): array
        {
            if (!$this->verifier->verify($request)) {
                $request->settle('rejected', $now);
                return ['serial' => $request->serial, 'status' => 'rejected'];
            }
            $keyId = substr(bin2hex($this->keys->derive($request)), 0, 16);
            $this->bindings->bind($request->userId, $request->serial, $keyId);
            $request->settle('paired', $now);

            return ['serial' => $request->serial, 'status' => 'paired', 'key_id' => $keyId];
        }
    }

    final class PairingController
    {
        public function __construct(
            private readonly HandshakeQueue $queue,
            private readonly HandshakeProcessor $processor,
        ) {
        }

        /** @return array{int, array} */
        public function handle(array $server, array $post): array
        {
            $userId = $server['HTTP_X_USER_ID'] ?? null;
            if ($userId === null) {
                return [401, ['error' => 'unauthenticated']];
            }
            $now = (int) ($server['REQUEST_TIME'] ?? time());

            foreach ($post['devices'] ?? [] as $device) {
                $this->queue->enqueue(new PairingRequest(
                    (string) $device['serial'],
                    (string) $device['model'],
                    (string) $device['fw'],
                    $userId,
                    (string) $device['nonce'],
                    (string) $device['pubkey'],
                    (string) $device['attestation'],
                    $now,
                ));
            }

            $results = [];
            foreach ($this->queue->drain($now) as $request) {
                $results[] = $this->processor->process($request, $now);
            }

            return [200, ['results' => $results]];
        }
    }
}

namespace Dev {

    /**
     * Recorded pairing traffic from the hardware lab, replayed by the local
     * frankenphp_handle_request() stand-in.
     */
    final class RecordedPairingTraffic
    {
        public const VENDOR_ROOTS = ['HRM-' => 'root-hrm-0b12', 'POD-' => 'root-pod-77c1'];

        public static function request(int $n): array
        {
            $devices = [];
            $count = 1 + $n % 2;
            for ($d = 0; $d < $count; $d++) {
                $model = $d === 0 ? 'HRM-Pro Plus' : 'POD-Run 2';
                $serial = sprintf('%s%08d', $d === 0 ? 'H' : 'P', $n * 2 + $d);
                $pubkey = '04' . bin2hex(random_bytes(64));
                $root = $d === 0 ? self::VENDOR_ROOTS['HRM-'] : self::VENDOR_ROOTS['POD-'];
                $devices[] = [
                    'serial' => $serial,
                    'model' => $model,
                    'fw' => '4.10.' . ($n % 9),
                    'nonce' => bin2hex(random_bytes(12)),
                    'pubkey' => $pubkey,
                    'attestation' => base64_encode(hash_hmac('sha256', $serial . '|' . $pubkey, $root) . str_repeat("\0", 48)),
                ];
            }

            return [
                [
                    'REQUEST_METHOD' => 'POST',
                    'REQUEST_URI' => '/api/pairing/handshakes',
                    'REQUEST_TIME' => 1718100000 + $n,
                    'HTTP_X_USER_ID' => 'usr-' . (5000 + $n % 700),
                    'CONTENT_TYPE' => 'application/x-www-form-urlencoded',
                ],
                ['devices' => $devices],
            ];
        }
    }
}

namespace {

    use App\Pairing\AttestationVerifier;
    use App\Pairing\DeviceBindingRepository;
    use App\Pairing\HandshakeProcessor;
    use App\Pairing\HandshakeQueue;
    use App\Pairing\PairingController;
    use App\Pairing\SessionKeyDeriver;
    use Dev\RecordedPairingTraffic;

    if (!function_exists('frankenphp_handle_request')) {
        /**
         * Local stand-in for the FrankenPHP worker SAPI: fills the
         * superglobals with one recorded request, runs the handler with its
         * output captured, and reports false once PHPLEAK_N were served.
         */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            if ($served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
                return false;
            }
            [$server, $post] = RecordedPairingTraffic::request($served++);
            $_SERVER = $server;
            $_POST = $post;
            $_GET = [];
            ob_start();
            try {
                $handler();
            } finally {
                ob_end_clean();
            }

            return true;
        }
    }

    ignore_user_abort(true);

    $controller = new PairingController(
        new HandshakeQueue(),
        new HandshakeProcessor(
            new AttestationVerifier(RecordedPairingTraffic::VENDOR_ROOTS),
            new SessionKeyDeriver('srv-pairing-secret-3c9d'),
            new DeviceBindingRepository(),
        ),
    );

    $handler = static function () use ($controller): void {
        [$status, $body] = $controller->handle($_SERVER, $_POST);
        http_response_code($status);
        header('Content-Type: application/json');
        echo json_encode($body);
    };

    $maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
    for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
        $keepRunning = frankenphp_handle_request($handler);
        if (!$keepRunning) {
            break;
        }
    }
}
