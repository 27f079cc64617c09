<?php

namespace App\Http;

use App\Auth\CachingTokenIntrospector;

final class AuthenticateWithIntrospection
{
    public function __invoke(array $request, callable $next): array
    {
        $header = $request['headers']['authorization'] ?? '';
        if (!str_starts_with($header, 'Bearer ')) {
            return ['status' => 401, 'body' => 'missing bearer token'];
        }

        /** @var CachingTokenIntrospector $introspector */
        $introspector = app(CachingTokenIntrospector::class);
        $claims = $introspector->introspect(substr($header, 7), $request['time']);
        if ($claims === null) {
            return ['status' => 401, 'body' => 'token inactive'];
        }

        $request['auth'] = ['sub' => $claims['sub'], 'scopes' => explode(' ', $claims['scope'])];

        return $next($request);
    }
}
