<?php

declare(strict_types=1);

namespace Warehouse\Scanning;

use Swoole\Http\Request;
use Swoole\Http\Response;

final class PutawayScanHandler
{
    private int $handled = 0;

    public function __invoke(Request $request, Response $response): void
    {
        $payload = json_decode($request->getContent(), true, 8, JSON_THROW_ON_ERROR);
        $session = new ScanSession($payload['device'], $request->header['x-operator'] ?? 'unknown');
        foreach ($payload['scans'] as $raw) {
            $session->feed(Barcode::parse($raw));
        }
        $summary = $session->summary();
        $session->close();
        $this->handled++;

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode($summary, JSON_THROW_ON_ERROR));
    }
}
