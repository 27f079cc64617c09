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
    /** @var \WeakMap<ServerRequest, Principal> */
    private \WeakMap $resolved;

    public function __construct()
    {
        $this->resolved = new \WeakMap();
    }

    public function principalFor(ServerRequest $request): Principal
    {
        // Entries go away with the request object they are keyed by.
        if (isset($this->resolved[$request])) {
            return $this->resolved[$request];
        }

        $principal = $this->decode($request->getHeaderLine('Authorization'));
        $this->resolved[$request] = $principal;

        return $principal;
    }

    private function decode(string $authorization): Principal
    {
        [, $payload] = explode('.', substr($authorization, strlen('Bearer ')), 3);
        $claims = json_decode((string) base64_decode($payload), true, flags: JSON_THROW_ON_ERROR);

        return new Principal($claims['sub'], $claims['tenant'], $claims['scopes'], $claims['jti'], $claims['exp']);
    }
}
