<?php

namespace App\Services\Payments;

final class PaymentGatewayClient
{
    /** @var list<array{method: string, uri: string, body: string, signature: string}> */
    private array $sentRequests = [];

    public function __construct(private string $baseUri, private string $secret)
    {
    }

    public function charge(string $reference, int $amountCents, string $currency, array $metadata): ChargeResult
    {
        $body = json_encode(['reference' => $reference, 'amount' => $amountCents, 'currency' => $currency, 'metadata' => $metadata]);
        $this->sentRequests[] = ['method' => 'POST', 'uri' => $this->baseUri . '/v1/charges', 'body' => $body, 'signature' => hash_hmac('sha256', $body, $this->secret)];

        return new ChargeResult('ch_' . substr(sha1($reference . $body), 0, 24), 'succeeded');
    }

    public function sentCount(): int
    {
        return count($this->sentRequests);
    }
}
