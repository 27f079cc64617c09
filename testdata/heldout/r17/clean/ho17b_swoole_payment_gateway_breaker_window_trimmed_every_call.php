<?php

declare(strict_types=1);

namespace App\Resilience;

enum CallOutcome: string
{
    case Success = 'success';
    case Failure = 'failure';
    case Timeout = 'timeout';
}

final class CallSample
{
    public function __construct(
        public readonly CallOutcome $outcome,
        public readonly string $endpoint,
        public readonly float $latencyMs,
        public readonly array $responseHeaders,
    ) {
    }
}

final class SlidingWindowBreaker
{
    /** @var list<CallSample> */
    private array $window = [];
    private bool $open = false;

    public function __construct(
        public readonly string $service,
        private readonly int $windowSize = 50,
        private readonly float $failureRatio = 0.5,
    ) {
    }

    public function allows(): bool
    {
        return !$this->open;
    }

    public function record(CallSample $sample): void
    {
        $this->window[] = $sample;
        $this->window = array_slice($this->window, -$this->windowSize);

        if ($sample->outcome !== CallOutcome::Success) {
            $this->open = $this->failureRate() >= $this->failureRatio;
        }
    }

    private function failureRate(): float
    {
        $failed = 0;
        foreach ($this->window as $sample) {
            if ($sample->outcome !== CallOutcome::Success) {
                $failed++;
            }
        }

        return $this->window === [] ? 0.0 : $failed / count($this->window);
    }
}

final class BreakerRegistry
{
    /** @var array<string, SlidingWindowBreaker> */
    private static array $breakers = [];

    public static function for(string $service): SlidingWindowBreaker
    {
        return self::$breakers[$service] ??= new SlidingWindowBreaker($service);
    }
}

namespace App\Payments;

use App\Resilience\BreakerRegistry;
use App\Resilience\CallOutcome;
use App\Resilience\CallSample;

final class GatewayUnavailable extends \RuntimeException
{
}

interface Transport
{
    /** @return array{int, array<string, string>, string} */
    public function post(string $url, string $body): array;
}

final class FakeAcquirerTransport implements Transport
{
    public function post(string $url, string $body): array
    {
        return [200, [
            'x-request-id' => bin2hex(random_bytes(16)),
            'x-acquirer-trace' => str_repeat(substr(md5($body), 0, 16), 12),
            'content-type' => 'application/json',
        ], '{"status":"authorized"}'];
    }
}

final class PaymentGatewayClient
{
    public function __construct(
        private readonly Transport $transport,
        private readonly string $baseUrl,
    ) {
    }

    public function authorize(string $orderId, int $amountCents): string
    {
        $breaker = BreakerRegistry::for('acquirer');
        if (!$breaker->allows()) {
            throw new GatewayUnavailable('acquirer circuit is open');
        }

        $url = $this->baseUrl . '/v2/authorizations?order=' . rawurlencode($orderId);
        $started = hrtime(true);
        [$status, $headers, $body] = $this->transport->post($url, json_encode(['amount' => $amountCents]));
        $outcome = $status >= 500 ? CallOutcome::Failure : CallOutcome::Success;

        $breaker->record(new CallSample($outcome, $url, (hrtime(true) - $started) / 1e6, $headers));

        return $body;
    }
}

final class CheckoutHandler
{
    public function __construct(private readonly PaymentGatewayClient $gateway)
    {
    }

    public function handle(array $request): array
    {
        try {
            $result = $this->gateway->authorize($request['order_id'], $request['amount']);
        } catch (GatewayUnavailable) {
            return ['status' => 503];
        }

        return ['status' => 201, 'body' => $result];
    }
}

namespace Main;

use App\Payments\CheckoutHandler;
use App\Payments\FakeAcquirerTransport;
use App\Payments\PaymentGatewayClient;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new CheckoutHandler(new PaymentGatewayClient(new FakeAcquirerTransport(), 'https://acquirer.example'));

// Swoole HTTP server stand-in: one handler instance serves every request of the worker.
for ($i = 0; $i < $n; $i++) {
    $response = $handler->handle(['order_id' => 'ord_' . (100000 + $i), 'amount' => 1999 + $i]);
    unset($response);
}
