<?php

namespace Edge\Gateway\Plugin;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class JwtAuthPlugin extends AbstractPlugin
{
    public function handle(ServerRequest $request): Response
    {
        $token = substr($request->getHeaderLine('authorization'), 7);
        $parts = explode('.', $token);
        $claims = json_decode((string) base64_decode($parts[1] ?? ''), true);

        if (!is_array($claims) || ($claims['aud'] ?? null) !== ($this->options['audience'] ?? 'edge')) {
            return new Response(401, ['www-authenticate' => 'Bearer'], '{"error":"invalid_token"}');
        }

        return $this->proceed($request->withAttribute('subject', $claims['sub'])->withHeader('x-subject', $claims['sub']));
    }
}
