<?php

declare(strict_types=1);

namespace Swoole\Http {
    final class Request
    {
        public array $header = [];
        public array $server = [];

        public function __construct(private readonly string $body)
        {
        }

        public function rawContent(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        private int $status = 200;
        private string $body = '';

        public function status(int $status): void
        {
            $this->status = $status;
        }

        public function end(string $body = ''): void
        {
            $this->body = $body;
        }
    }

    final class Server
    {
        private array $callbacks = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        /** Reactor stand-in: dispatches the given number of requests to the worker callback. */
        public function serve(int $requests, callable $next): void
        {
            ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
            for ($i = 0; $i < $requests; $i++) {
                ($this->callbacks['request'])($next($i), new Response());
            }
        }
    }
}

namespace App\Webhooks {
    final class SignatureVerifier
    {
        public function __construct(private readonly string $secret)
        {
        }

        public function verify(string $payload, string $signature): bool
        {
            return hash_equals(hash_hmac('sha256', $payload, $this->secret), $signature);
        }

        public function sign(string $payload): string
        {
            return hash_hmac('sha256', $payload, $this->secret);
        }
    }

    final class Logger
    {
        private int $lines = 0;
        private string $last = '';

        public function info(string $message, array $context = []): void
        {
            $this->lines++;
            $this->last = $message . ' ' . json_encode($context);
        }
    }

    final class PaymentEventDispatcher
    {
        private array $totals = ['charge.succeeded' => 0, 'charge.refunded' => 0, 'invoice.paid' => 0];

        public function dispatch(array $event): string
        {
            $this->totals[$event['type']] = ($this->totals[$event['type']] ?? 0) + $event['data']['amount'];

            return match ($event['type']) {
                'charge.succeeded' => 'order.mark_paid',
                'charge.refunded' => 'order.refund',
                default => 'noop',
            };
        }
    }
}

namespace {
    use App\Webhooks\Logger;
    use App\Webhooks\PaymentEventDispatcher;
    use App\Webhooks\SignatureVerifier;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $verifier = new SignatureVerifier('whsec_test_51Hx');
    $dispatcher = new PaymentEventDispatcher();
    $logger = new Logger();
    $logContext = ['service' => 'payments-webhooks', 'host' => 'web-3', 'breadcrumbs' => []];

    $server = new Server('0.0.0.0', 9502);
    $server->on('request', function (Request $request, Response $response) use ($verifier, $dispatcher, $logger, $logContext): void {
        $payload = $request->rawContent();
        $logContext['request_id'] = $request->header['x-request-id'] ?? null;
        $logContext['breadcrumbs'][] = ['step' => 'received', 'bytes' => strlen($payload), 'path' => $request->server['request_uri']];

        if (!$verifier->verify($payload, $request->header['stripe-signature'] ?? '')) {
            $logger->info('webhook rejected: bad signature', $logContext);
            $response->status(400);
            $response->end('invalid signature');

            return;
        }

        $event = json_decode($payload, true);
        $action = $dispatcher->dispatch($event);
        $logContext['breadcrumbs'][] = ['step' => 'dispatched', 'event' => $event['id'], 'type' => $event['type'], 'action' => $action];
        $logger->info('webhook handled', $logContext);

        $response->end(json_encode(['received' => true]));
    });

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $types = ['charge.succeeded', 'charge.refunded', 'invoice.paid'];
    $server->serve($n, static function (int $i) use ($verifier, $types): Request {
        $body = json_encode(['id' => sprintf('evt_%012d', $i), 'type' => $types[$i % 3], 'data' => ['amount' => 1000 + $i, 'currency' => 'eur']]);
        $request = new Request($body);
        $request->server = ['request_method' => 'POST', 'request_uri' => '/webhooks/stripe'];
        $request->header = [
            'x-request-id' => sprintf('%08x-%04x', $i * 2654435761 % 0xFFFFFFFF, $i % 0xFFFF),
            'stripe-signature' => $i % 10 === 9 ? 'forged' : $verifier->sign($body),
        ];

        return $request;
    });
}
