<?php

namespace App\Http\Controller;

use App\Signing\UrlSigner;
use App\Signing\Visibility;
use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * GET /v1/sign/{bucket}/{owner}/{file}?visibility=&ttl=
 */
final class SignedUrlController implements RequestHandlerInterface
{
    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        ['bucket' => $bucket, 'owner' => $owner, 'file' => $file] = $request->getAttribute('route');

        if (!UrlSigner::isKnownBucket($bucket)) {
            return new Response(404, ['Content-Type' => ['application/json']], '{"error":"unknown_bucket"}');
        }

        $query = $request->getQueryParams();
        $visibility = Visibility::tryFrom((string) ($query['visibility'] ?? '')) ?? Visibility::Private;
        $ttl = max(60, (int) ($query['ttl'] ?? 900));

        $signed = UrlSigner::for($bucket, $owner)->sign("{$owner}/{$file}", $ttl, $request->getAttribute('request_time'));

        return new Response(200, [
            'Content-Type' => ['application/json'],
            'Cache-Control' => ['no-store'],
        ], json_encode($signed + ['visibility' => $visibility->value]));
    }
}
