<?php

declare(strict_types=1);

namespace App\Shipping;

use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Psr7\Request;
use GuzzleHttp\Psr7\Response;

/**
 * Creates shipping labels at the carrier. Label creation must be idempotent
 * per shipment, hence the Idempotency-Key header.
 */
final class CarrierApiClient
{
    public function __construct(
        private readonly HandlerStack $stack,
        private readonly string $baseUri,
        private readonly string $apiKey,
    ) {
        $this->stack->push(Middleware::mapRequest(fn (Request $r): Request => $r->withHeader('Authorization', 'Bearer ' . $this->apiKey)), 'auth');
        $this->stack->push(static fn (callable $handler): callable => static function (Request $r, array $options) use ($handler): Response {
            if (isset($options['idempotency_key'])) {
                $r = $r->withHeader('Idempotency-Key', $options['idempotency_key']);
            }

            return $handler($r, $options);
        }, 'idempotency');
        $this->stack->push(Middleware::retry(static fn (int $attempt, Request $r, ?Response $res): bool => $res !== null && $res->getStatusCode() >= 500), 'retry');
    }

    public function createLabel(LabelRequest $label): string
    {
        $idempotencyKey = hash('sha256', $label->shipmentReference . '|' . $label->service . '|' . $label->toJson());

        $response = ($this->stack)(new Request('POST', $this->baseUri . '/v1/labels', ['content-type' => ['application/json']], $label->toJson()), [
            'timeout' => 10,
            'idempotency_key' => $idempotencyKey,
        ]);
        if ($response->getStatusCode() !== 201) {
            throw new \RuntimeException('Label creation failed with HTTP ' . $response->getStatusCode());
        }

        return json_decode($response->getBody(), true, 4, JSON_THROW_ON_ERROR)['label_id'];
    }
}
