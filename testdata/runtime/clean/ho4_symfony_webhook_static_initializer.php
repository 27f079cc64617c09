<?php
// A Symfony Messenger handler notifies subscriber webhooks through an HttpClient whose responses are lazily initialized by a static initializer that receives the response, and are dropped without reading the body.

declare(strict_types=1);

namespace Symfony\Contracts\HttpClient {

    interface ResponseInterface
    {
        public function getStatusCode(): int;

        /**
         * @return array<string, list<string>>
         */
        public function getHeaders(bool $throw = true): array;

        public function getContent(bool $throw = true): string;

        public function cancel(): void;

        public function getInfo(?string $type = null): mixed;
    }

    interface HttpClientInterface
    {
        /**
         * @param array<string, mixed> $options
         */
        public function request(string $method, string $url, array $options = []): ResponseInterface;
    }
}

namespace Symfony\Component\HttpClient\Internal {

    /**
     * Shared state between the client and the responses it created (connection pool, DNS cache).
     *
     * @internal
     */
    final class NativeClientState
    {
        public int $id;

        public int $openedConnections = 0;

        public int $closedConnections = 0;

        /** @var array<string, string> */
        public array $dnsCache = [];

        public function __construct()
        {
            $this->id = random_int(\PHP_INT_MIN, \PHP_INT_MAX);
        }

        /**
         * @param array<string, mixed> $info
         *
         * @return array{0: int, 1: array<string, list<string>>}
         */
        public function roundTrip(string $method, string $host, array $info): array
        {
            $this->openedConnections++;
            $this->dnsCache[$host] ??= '10.0.' . (crc32($host) % 250) . '.' . (strlen($host) % 250);

            return [202, [
                'content-type' => ['application/json'],
                'x-request-id' => [substr(md5($info['url'] . $info['start_time']), 0, 16)],
            ]];
        }
    }
}

namespace Symfony\Component\HttpClient\Response {

    use Symfony\Component\HttpClient\Internal\NativeClientState;
    use Symfony\Contracts\HttpClient\ResponseInterface;

    final class NativeResponse implements ResponseInterface
    {
        /** @var array<string, list<string>> */
        private array $headers = [];

        /** @var array<string, mixed> */
        private array $info;

        private ?string $content = null;

        private ?\Closure $initializer = null;

        private bool $destructed = false;

        /**
         * @param array<string, mixed> $options
         */
        public function __construct(
            private NativeClientState $multi,
            private string $method,
            string $url,
            array $options,
        ) {
            $this->info = [
                'http_method' => $method,
                'url' => $url,
                'http_code' => 0,
                'start_time' => microtime(true),
                'request_body' => $options['body'] ?? '',
                'user_data' => $options['user_data'] ?? null,
                'debug' => '',
            ];

            $this->initializer = static function (self $response): bool {
                [$code, $headers] = $response->multi->roundTrip($response->method, (string) parse_url($response->info['url'], PHP_URL_HOST), $response->info);
                $response->info['http_code'] = $code;
                $response->headers = $headers;
                $response->info['debug'] .= "* Connected to {$response->info['url']}\n< HTTP/1.1 {$code}\n";

                return true;
            };
        }

        public function getStatusCode(): int
        {
            $this->initialize();

            return $this->info['http_code'];
        }

        public function getHeaders(bool $throw = true): array
        {
            $this->initialize();

            return $this->headers;
        }

        public function getContent(bool $throw = true): string
        {
            $this->initialize();

            return $this->content ??= '{"accepted":true}';
        }

        public function cancel(): void
        {
            $this->info['canceled'] = true;
            $this->info['error'] = 'Response has been canceled.';
            $this->close();
        }

        public function getInfo(?string $type = null): mixed
        {
            return $type === null ? $this->info : ($this->info[$type] ?? null);
        }

        public function __destruct()
        {
            if ($this->destructed) {
                return;
            }
            $this->destructed = true;

            // Destructing the response sends the request if it was not consumed.
            $this->initialize();
            $this->close();
        }

        private function initialize(): void
        {
            if ($this->initializer === null) {
                return;
            }

            try {
                ($this->initializer)($this);
            } finally {
                $this->initializer = null;
            }
        }

        private function close(): void
        {
            $this->multi->closedConnections++;
        }
    }
}

namespace Symfony\Component\HttpClient {

    use Symfony\Component\HttpClient\Internal\NativeClientState;
    use Symfony\Component\HttpClient\Response\NativeResponse;
    use Symfony\Contracts\HttpClient\HttpClientInterface;
    use Symfony\Contracts\HttpClient\ResponseInterface;

    final class NativeHttpClient implements HttpClientInterface
    {
        private NativeClientState $multi;

        /**
         * @param array<string, mixed> $defaultOptions
         */
        public function __construct(private array $defaultOptions = [])
        {
            $this->multi = new NativeClientState();
        }

        public function request(string $method, string $url, array $options = []): ResponseInterface
        {
            $options += $this->defaultOptions;
            if (isset($options['json'])) {
                $options['body'] = json_encode($options['json'], JSON_THROW_ON_ERROR);
                $options['headers']['content-type'] = 'application/json';
                unset($options['json']);
            }

            return new NativeResponse($this->multi, $method, $url, $options);
        }
    }
}

namespace App\Webhook {

    use Symfony\Contracts\HttpClient\HttpClientInterface;

    final class SubscriptionEvent
    {
        /**
         * @param array<string, mixed> $payload
         */
        public function __construct(
            public readonly string $type,
            public readonly string $subscriberUrl,
            public readonly array $payload,
        ) {
        }
    }

    final class NotifySubscriberHandler
    {
        private int $dispatched = 0;

        public function __construct(
            private HttpClientInterface $client,
            private string $signingSecret,
        ) {
        }

        public function __invoke(SubscriptionEvent $event): void
        {
            $body = ['type' => $event->type, 'data' => $event->payload, 'sent_at' => date(DATE_ATOM, 1700000000)];

            // Fire and forget: the response is never read, the subscriber only has to receive the ping.
            $this->client->request('POST', $event->subscriberUrl, [
                'json' => $body,
                'headers' => ['x-signature' => hash_hmac('sha256', $event->type, $this->signingSecret)],
                'user_data' => $event->type,
            ]);

            $this->dispatched++;
        }
    }
}

namespace {

    use App\Webhook\NotifySubscriberHandler;
    use App\Webhook\SubscriptionEvent;
    use Symfony\Component\HttpClient\NativeHttpClient;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $client = new NativeHttpClient(['timeout' => 5, 'max_redirects' => 0]);
    $handler = new NotifySubscriberHandler($client, 'whsec_51c0ff33');

    for ($i = 0; $i < $n; $i++) {
        $handler(new SubscriptionEvent(
            $i % 4 === 0 ? 'invoice.paid' : 'subscription.updated',
            sprintf('https://hooks%d.example.test/stripe', $i % 5),
            [
                'id' => 'sub_' . (700000 + $i),
                'customer' => 'cus_' . (900000 + $i),
                'plan' => ['id' => 'pro-monthly', 'amount' => 4900, 'currency' => 'eur'],
                'description' => str_repeat('Pro plan, billed monthly. ', 12),
            ],
        ));
    }
}
