<?php

declare(strict_types=1);

namespace App\Crm;

use Psr\Log\LoggerInterface;

final class CrmApiClient
{
    private int $calls = 0;

    public function __construct(private readonly string $baseUri, private readonly LoggerInterface $logger)
    {
    }

    public function upsertContact(string $email, array $properties): string
    {
        $payload = json_encode(['email' => $email, 'properties' => $properties]);
        $this->logger->debug('CRM request', ['method' => 'PUT', 'uri' => $this->baseUri . '/contacts/' . rawurlencode($email), 'body' => $payload]); // leak

        return 'crm-' . md5($email . ++$this->calls);
    }
}
