<?php

declare(strict_types=1);

namespace App\Billing;

use GuzzleHttp\Client;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;

/**
 * Thin client for the payment provider's REST API, shared by all requests of the worker.
 */
final class PaymentGatewayClient
{
    private Client $client;

    public function __construct(
        private HandlerStack $stack,
        string $baseUri,
        string $secretKey,
    ) {
        $this->stack->push(Middleware::retry(self::retryDecider(), 2), 'retry');
        $this->client = new Client([
            'handler' => $this->stack,
            'base_uri' => $baseUri,
            'headers' => ['Authorization' => 'Bearer ' . $secretKey, 'Stripe-Version' => '2023-10-16'],
        ]);
    }

    public function charge(Charge $charge): ChargeResult
    {
        $idempotencyKey = $charge->idempotencyKey();
        $this->stack->push(Middleware::mapRequest(static function (RequestInterface $request) use ($idempotencyKey): RequestInterface { // leak
            return $request->withHeader('Idempotency-Key', $idempotencyKey);
        }), 'idempotency');

        $response = $this->client->request('POST', '/v1/payment_intents', [
            'json' => [
                'amount' => $charge->amount,
                'currency' => strtolower($charge->currency),
                'payment_method' => $charge->paymentMethodId,
                'confirm' => true,
                'metadata' => $charge->metadata,
            ],
            'timeout' => 10,
        ]);

        $data = json_decode($response->getBody(), true, 8, JSON_THROW_ON_ERROR);

        return new ChargeResult($data['id'], $data['status'], $response->hasHeader('Idempotent-Replayed'));
    }

    private static function retryDecider(): callable
    {
        return static function (int $retries, RequestInterface $request, ResponseInterface $response): bool {
            return in_array($response->getStatusCode(), [409, 429, 502, 503], true);
        };
    }
}
