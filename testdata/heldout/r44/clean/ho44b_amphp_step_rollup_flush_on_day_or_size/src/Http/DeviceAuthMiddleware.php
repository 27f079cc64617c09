<?php

declare(strict_types=1);

namespace App\Http;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;

/**
 * Devices sign uploads with the key issued at pairing time.
 */
final class DeviceAuthMiddleware implements Middleware
{
    public function __construct(private readonly string $fleetSecret, private readonly JsonResponder $responder)
    {
    }

    public function handleRequest(Request $request, RequestHandler $requestHandler): Response
    {
        $deviceId = $request->getHeader('x-device-id');
        $signature = $request->getHeader('x-signature');
        if ($deviceId === null || $signature === null) {
            return $this->responder->problem(401, 'Missing device credentials');
        }
        $expected = hash_hmac('sha256', $deviceId . ':' . $request->getBody()->buffer(), $this->fleetSecret);
        if (!hash_equals($expected, $signature)) {
            return $this->responder->problem(401, 'Bad signature');
        }
        $request->setAttribute('device_id', $deviceId);

        return $requestHandler->handleRequest($request);
    }
}
