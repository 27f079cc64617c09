<?php

declare(strict_types=1);

namespace App\Http;

use GuzzleHttp\Psr7\Request;
use GuzzleHttp\Psr7\Response;

/**
 * Transport used in staging: answers like the carrier's label API.
 */
final class CarrierSandboxHandler
{
    private int $calls = 0;

    public function __invoke(Request $request, array $options): Response
    {
        $this->calls++;
        $key = $request->getHeaderLine('Idempotency-Key');

        return new Response(201, json_encode([
            'label_id' => 'LBL' . substr(md5($key . $request->getBody()), 0, 16),
            'format' => 'ZPL',
        ], JSON_THROW_ON_ERROR));
    }
}
