<?php

namespace App\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Preview\PreviewContext;
use App\Preview\PreviewRenderer;

final class PreviewHandler implements RequestHandler
{
    public function __construct(private PreviewRenderer $renderer)
    {
    }

    public function handleRequest(Request $request): Response
    {
        $payload = json_decode($request->getBody(), true);
        $context = new PreviewContext(
            $request->getQueryParameter('preview') ?? bin2hex(random_bytes(8)),
            $request->getQueryParameter('locale') ?? 'en',
            $payload['segments'],
            $payload['values'],
        );

        return new Response(200, ['content-type' => 'text/plain'], $this->renderer->render($context));
    }
}
