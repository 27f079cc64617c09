<?php

namespace Edge\Gateway\Plugin;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class UpstreamProxyPlugin extends AbstractPlugin
{
    public function handle(ServerRequest $request): Response
    {
        $upstream = (string) $request->getAttribute('upstream');
        $body = json_encode([
            'proxied_to' => $upstream . $request->getUri(),
            'subject' => $request->getAttribute('subject'),
            'headers' => array_keys($request->getHeaders()),
            'timeout' => $this->options['timeout'] ?? 5.0,
        ]);

        return new Response(200, ['content-type' => 'application/json'], (string) $body);
    }
}
