<?php

declare(strict_types=1);

namespace App\Http;

use App\Logging\Log;

final class ConnectionHandler
{
    private int $served = 0;

    public function onMessage(object $connection, string $data): void
    {
        $context = RequestContext::fromRaw($data, $connection->remoteAddress);
        Log::channel()->setProcessor(RequestContext::PROCESSOR, $context->enrich(...));

        $response = $this->route($context);
        $connection->send($response);
    }

    private function route(RequestContext $context): string
    {
        $this->served++;
        Log::channel()->debug('handling {route}', ['route' => $context->route]);

        if ($this->served % 500 === 0) {
            Log::channel()->warning('slow upstream', ['route' => $context->route]);
        }

        $body = json_encode(['page' => (int) ($context->query['page'] ?? 1), 'items' => []]);

        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " . strlen($body) . "\r\n\r\n" . $body;
    }
}
